package io.vnfbench.engine.verify;

import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import java.util.ArrayList;
import java.util.List;

/** How the baseline was measured, which decides how a change and its noise are estimated. */
public enum Design {
    /** Earlier runs: the history's run-to-run drift is part of the noise. */
    HISTORY,
    /** One earlier run: drift cannot be estimated and is taken as absent. */
    TWO_RUN,
    /** Interleaved A/B deployments of the same run, compared pairwise: drift cancels. */
    PAIRED;

    /** The evidence for one row: the candidate's deployments against the baseline runs' deployments of the same key. */
    Evidence evidence(List<List<Deployment>> baselineRuns, List<Deployment> candidate) {
        List<List<Deployment>> usable = baselineRuns.stream().filter(r -> !r.isEmpty()).toList();
        return switch (this) {
            case PAIRED -> Estimators.paired(usable.isEmpty() ? List.of() : usable.get(0), candidate);
            case HISTORY -> usable.size() >= Estimators.MIN_HISTORY_RUNS
                    ? Estimators.history(usable, candidate)
                    : Estimators.twoRuns(merged(usable), candidate);
            case TWO_RUN -> Estimators.twoRuns(merged(usable), candidate);
        };
    }

    /** The candidate after its first {@code n} units (Trials; deployments for PAIRED), in Test then Trial order. */
    List<Deployment> prefix(SampleExtractor.Extracted candidate, int n) {
        return this == PAIRED ? candidate.deployments().subList(0, Math.min(n, candidate.deployments().size()))
                : candidate.prefix(n);
    }

    /** How many units the candidate has. */
    int units(SampleExtractor.Extracted candidate) {
        return this == PAIRED ? candidate.deployments().size() : candidate.trials();
    }

    private static List<Deployment> merged(List<List<Deployment>> runs) {
        List<Deployment> all = new ArrayList<>();
        long test = 1;
        for (List<Deployment> run : runs) {
            for (Deployment d : run) {
                all.add(new Deployment(test++, d.trials(), d.values()));
            }
        }
        return all;
    }
}
