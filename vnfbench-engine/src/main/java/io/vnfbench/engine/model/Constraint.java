package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/**
 * A vnfbench extension: a boolean expression over variable values; combinations for which it is false are
 * planned as skipped, with the constraint named as the reason.
 */
public record Constraint(@Key String name, @Nullable String expression, @Nullable String description) {
}
