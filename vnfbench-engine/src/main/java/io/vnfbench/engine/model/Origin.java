package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** The agent or monitor a snapshot comes from. */
public record Origin(@Nullable String id, @Nullable String role, @Nullable String host) {
}
