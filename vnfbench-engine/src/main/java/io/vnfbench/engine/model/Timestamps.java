package io.vnfbench.engine.model;

/** Start and stop times, ISO-8601 UTC. */
public record Timestamps(String start, String stop) {
}
