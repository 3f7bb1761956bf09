package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** VNF Benchmarking Descriptor (module vnf-bd, with the header leaves of the newer YANG trees). */
public record VnfBd(@Nullable String id, @Nullable String name, @Nullable String version,
        @Nullable String description, @Nullable String timestamp,
        @Nullable Experiments experiments, @Nullable Scenario scenario, @Nullable Proceedings proceedings) {

    public VnfBd withScenario(Scenario newScenario) {
        return new VnfBd(id, name, version, description, timestamp, experiments, newScenario, proceedings);
    }

    /** The number of Trials per Test; the draft's default when absent is one. */
    public long trials() {
        return experiments == null || experiments.trials() == null ? 1 : experiments.trials();
    }

    /** The number of Tests; one when absent. */
    public long tests() {
        return experiments == null || experiments.tests() == null ? 1 : experiments.tests();
    }
}
