package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** Start and stop times, ISO-8601 UTC. */
public record Timestamps(@Nullable String start, @Nullable String stop) {
}
