package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** The VNF under test, as named in a VNF-BR header. */
public record Vnf(@Nullable String id, @Nullable String name, @Nullable String version,
        @Nullable String author, @Nullable String description) {
}
