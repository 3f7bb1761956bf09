package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** Storage resources of a node. */
public record Storage(@Nullable Long size, @Nullable String unit, @Nullable String volumes) {
}
