package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** The evaluations of one agent or monitor in one Trial. */
public record Snapshot(@Key String id, @Nullable Long trial, @Nullable Origin origin,
        List<Evaluation> evaluations, @Nullable String timestamp,
        @Nullable String error) {
    public Snapshot {
        evaluations = Lists.of(evaluations);
    }
}
