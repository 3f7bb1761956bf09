package io.vnfbench.engine.model;

/** A key/value parameter: orchestrator, lifecycle and tool parameters ({@code list parameters [input]}). */
public record Parameter(@Key String input, String value) {
}
