package io.vnfbench.engine.env;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * A scenario (or an environment) could not be set up. The draft's rule: a deployment failure aborts the
 * VNF-BR with {@code error} set. {@link #isTransient()} tells the Manager a retry may help.
 */
public final class DeploymentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    public DeploymentException(String message, @CheckForNull Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public DeploymentException(String message) {
        this(message, null, false);
    }

    /** Whether retrying the same deployment may succeed (e.g. a port in use, an API timeout). */
    public boolean isTransient() {
        return transientFailure;
    }
}
