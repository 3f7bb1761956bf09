package io.vnfbench.engine.verify;

/**
 * The candidate and the baseline cannot be compared (e.g. a gated metric in units that do not convert): the
 * verification is refused rather than turned into verdicts. Command lines map it to exit code 4.
 */
public final class IncomparableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IncomparableException(String message) {
        super(message);
    }
}
