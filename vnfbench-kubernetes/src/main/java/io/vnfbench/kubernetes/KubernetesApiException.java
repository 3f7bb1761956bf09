package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * An API call failed for good: after retries for a transient failure (5xx, I/O, quota races), at once for anything
 * else. A 403 names the permission that is missing.
 */
public final class KubernetesApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;
    private final boolean transientFailure;
    private final transient @CheckForNull Permission permission;

    KubernetesApiException(String message, @CheckForNull Throwable cause, int code, boolean transientFailure,
            @CheckForNull Permission permission) {
        super(message, cause);
        this.code = code;
        this.transientFailure = transientFailure;
        this.permission = permission;
    }

    /** HTTP status, 0 for I/O errors and timeouts. */
    public int code() {
        return code;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    @CheckForNull
    public Permission permission() {
        return permission;
    }
}
