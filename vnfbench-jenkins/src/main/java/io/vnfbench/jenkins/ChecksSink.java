package io.vnfbench.jenkins;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.vnfbench.engine.session.VerdictLine;
import java.util.List;

/**
 * Publishes the gate as a checks-api check (e.g. a GitHub check that a branch protection rule can require), when the
 * optional checks-api plugin is installed. The check types are touched only after their presence is confirmed.
 */
interface ChecksSink {

    void publish(Run<?, ?> run, TaskListener listener, BenchmarkSummary summary, List<VerdictLine> rows);

    /** The production sink: checks-api when its classes are visible to this plugin, otherwise nothing. */
    static ChecksSink optional() {
        try {
            Class.forName("io.jenkins.plugins.checks.api.ChecksPublisherFactory", false, ChecksSink.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return (run, listener, summary, rows) -> { };
        }
        return new ChecksPublishing();
    }
}
