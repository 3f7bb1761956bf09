package io.vnfbench.engine.model;

import java.util.List;

/** The evaluations of one agent or monitor in one Trial. */
public record Snapshot(@Key String id, Long trial, Origin origin, List<Evaluation> evaluations, String timestamp,
        String error) {
    public Snapshot {
        evaluations = Lists.of(evaluations);
    }
}
