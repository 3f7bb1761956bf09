package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.util.function.Supplier;

/**
 * The one door to the API server: each call names the permission it needs, transient failures (5xx, 429, I/O,
 * the quota races kubernetes-plugin retries too) are retried a bounded number of times with backoff, and a 403 is
 * reported with the missing verb and resource.
 */
final class Api {

    private final int attempts;
    private final long backoffMillis;

    Api(int attempts, long backoffMillis) {
        this.attempts = Math.max(1, attempts);
        this.backoffMillis = backoffMillis;
    }

    <T> T call(Permission permission, String what, Supplier<T> operation) {
        KubernetesClientException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return operation.get();
            } catch (KubernetesClientTimeoutException e) {
                throw new KubernetesApiException(what + ": timed out: " + e.getMessage(), e, 0, true, permission);
            } catch (KubernetesClientException e) {
                last = e;
                if (!isTransient(e)) {
                    throw fail(permission, what, e);
                }
                if (attempt < attempts) {
                    sleep(backoffMillis << Math.min(attempt - 1, 6));
                }
            }
        }
        throw new KubernetesApiException(what + ": failed " + attempts + " times, last: " + describe(last), last,
                last.getCode(), true, permission);
    }

    /** As {@link #call}, for a look-up that answers null when the object does not exist. */
    @CheckForNull
    <T> T find(Permission permission, String what, Supplier<T> lookup) {
        return call(permission, what, lookup);
    }

    void run(Permission permission, String what, Runnable operation) {
        call(permission, what, () -> {
            operation.run();
            return Boolean.TRUE;
        });
    }

    static boolean isTransient(KubernetesClientException e) {
        int code = e.getCode();
        String message = String.valueOf(e.getMessage());
        return code == 0 || code >= 500 || code == 429
                || code == 403 && message.contains("exceeded quota")
                || code == 409 && message.contains("resourcequotas");
    }

    private static KubernetesApiException fail(Permission permission, String what, KubernetesClientException e) {
        if (e.getCode() == 403 && String.valueOf(e.getMessage()).contains("being terminated")) {
            // not a missing grant: the namespace is going away; a retry with the namespace gone may succeed
            return new KubernetesApiException(what + ": the namespace is being deleted (" + describe(e) + ")", e, 403,
                    true, permission);
        }
        if (e.getCode() == 403) {
            return new KubernetesApiException(what + ": forbidden: the account needs " + permission
                    + (permission.clusterScoped() ? " (cluster-wide)" : "")
                    + "; grant it with docs/kubernetes-rbac.yaml (" + describe(e) + ")", e, 403, false, permission);
        }
        return new KubernetesApiException(what + ": " + describe(e), e, e.getCode(), false, permission);
    }

    static String describe(KubernetesClientException e) {
        if (e == null) {
            return "no response";
        }
        String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : e.getMessage();
        return "HTTP " + e.getCode() + ": " + PodStatusClassifier.abbreviate(String.valueOf(message), 300);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubernetesClientException("interrupted while retrying", e);
        }
    }
}
