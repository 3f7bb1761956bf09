package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.VnfBr;
import java.util.List;

/**
 * What a candidate is compared with.
 *
 * @param id      how the baseline is named in tables, e.g. {@code history median:5 (run-17..run-21)}
 * @param runs    the baseline runs, oldest first
 * @param history whether the runs are a history to pool noise from (else their samples are one baseline sample)
 */
public record Baseline(String id, List<Run> runs, boolean history) {

    public Baseline {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a baseline needs at least one run");
        }
    }

    /** One earlier run: its id (file name or build) and its VNF-BR. */
    public record Run(String id, VnfBr report) {
        /** Whether this run's own gate did not fail and the run itself did not fail. */
        public boolean passing() {
            if (report.error() != null) {
                return false;
            }
            var v = report.verification();
            return v == null || GateOutcome.of(v.result()) != GateOutcome.FAILED;
        }
    }

    /** A single baseline run (a previous VNF-BR file, the last passing build). */
    public static Baseline single(Run run) {
        return new Baseline(run.id(), List.of(run), false);
    }
}
