package io.jenkins.plugins.checks.api;

/** Stand-in. Source: jenkinsci/checks-api-plugin src/main/java/io/jenkins/plugins/checks/api/ChecksStatus.java @93970793. */
public enum ChecksStatus {
    NONE, QUEUED, IN_PROGRESS, COMPLETED
}
