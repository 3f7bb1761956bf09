package io.jenkins.plugins.checks.api;

import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;

/** Stand-in. Source: jenkinsci/checks-api-plugin src/main/java/io/jenkins/plugins/checks/api/ChecksPublisherFactory.java @93970793. The protected createPublisher overrides and fromJob are omitted. */
public abstract class ChecksPublisherFactory implements ExtensionPoint {

    public static ChecksPublisher fromRun(final Run<?, ?> run, final TaskListener listener) {
        throw new UnsupportedOperationException("stand-in: publishers are found among Jenkins extensions");
    }
}
