package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** A key/value parameter: orchestrator, lifecycle and tool parameters ({@code list parameters [input]}). */
public record Parameter(@Key String input, @Nullable String value) {
}
