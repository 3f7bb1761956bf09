package io.vnfbench.engine.session;

/**
 * A gate cannot be evaluated on these documents at all: a candidate without outputs (was it run?), a gated metric
 * whose units differ between candidate and baseline and do not convert. A missing
 * baseline is not this: it gives NO_BASELINE verdicts ({@link Benchmarks#gate}). The command line exits with 4.
 */
public final class NotComparableException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotComparableException(String message) {
        super(message);
    }
}
