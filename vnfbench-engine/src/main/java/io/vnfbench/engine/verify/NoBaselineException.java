package io.vnfbench.engine.verify;

/** No baseline can be selected (empty history, no passing run, unknown pinned id); the message says which. */
public final class NoBaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoBaselineException(String message) {
        super(message);
    }
}
