package io.vnfbench.engine.probe;

/** Thrown when work stops because its {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String reason) {
        super(reason);
    }
}
