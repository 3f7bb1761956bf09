package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** Memory resources of a node. */
public record Memory(@Nullable Long size, @Nullable String unit) {
}
