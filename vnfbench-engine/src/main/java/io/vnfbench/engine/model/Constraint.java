package io.vnfbench.engine.model;

/**
 * A vnfbench extension: a boolean expression over variable values; combinations for which it is false are
 * planned as skipped, with the constraint named as the reason.
 */
public record Constraint(@Key String name, String expression, String description) {
}
