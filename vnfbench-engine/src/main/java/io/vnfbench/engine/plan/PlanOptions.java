package io.vnfbench.engine.plan;

/**
 * Options of planning.
 *
 * @param limit the most instances (combinations) a plan may have before it is refused as an explosion
 */
public record PlanOptions(long limit) {
    public static final long DEFAULT_LIMIT = 10_000;
    public static final PlanOptions DEFAULT = new PlanOptions(DEFAULT_LIMIT);

    public PlanOptions {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }
}
