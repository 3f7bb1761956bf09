package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Report;
import java.util.List;

/**
 * Runs further Trials of a candidate's Test while the gate is undecided, or to confirm a regression before the gate
 * fails. Implemented by the Manager (it owns deployments and probers); the gate only asks.
 */
@FunctionalInterface
public interface TrialSource {

    /**
     * Runs one more Trial of the Test with this key, in the same setting as the candidate's, and returns the reports it
     * produced (the same shape as in a VNF-PP: snapshots of that one Trial). An empty list means no more Trials can be
     * run (budget spent, cancelled, deployment gone): the gate then decides on what it has.
     */
    List<Report> runTrial(String testKey);

    /** No extra Trials: verify what the candidate document holds. */
    static TrialSource none() {
        return testKey -> List.of();
    }
}
