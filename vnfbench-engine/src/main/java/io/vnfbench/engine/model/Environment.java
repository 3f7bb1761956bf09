package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** The execution environment of a VNF-BR. */
public record Environment(@Nullable String name, @Nullable String description, @Nullable Boolean deploy,
        @Nullable Orchestrator orchestrator) {
}
