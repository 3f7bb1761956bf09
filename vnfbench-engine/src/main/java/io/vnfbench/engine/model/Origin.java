package io.vnfbench.engine.model;

/** The agent or monitor a snapshot comes from. */
public record Origin(String id, String role, String host) {
}
