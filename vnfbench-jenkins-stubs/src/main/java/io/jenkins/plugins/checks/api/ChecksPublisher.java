package io.jenkins.plugins.checks.api;

/** Stand-in. Source: jenkinsci/checks-api-plugin src/main/java/io/jenkins/plugins/checks/api/ChecksPublisher.java @93970793 (415.vf022234a_931d); the nested NullChecksPublisher is omitted. */
public abstract class ChecksPublisher {
    public abstract void publish(ChecksDetails details);
}
