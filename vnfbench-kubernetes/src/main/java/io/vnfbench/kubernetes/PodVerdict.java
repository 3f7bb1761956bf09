package io.vnfbench.kubernetes;

import java.util.Objects;

/**
 * What the status of one pod means for the run: its {@link State}, what the environment should do about it, and a
 * reason a user can act on (it goes into the evaluation's or the VNF-BR's {@code error}).
 *
 * @param state the classified state
 * @param reason human-readable reason, naming the pod and the Kubernetes reason/message it came from
 */
public record PodVerdict(State state, String reason) {

    public PodVerdict {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** What the waiter does with a verdict. */
    public enum Disposition {
        /** Keep waiting (bounded by the phase's timeout). */
        WAIT,
        /** Keep waiting, but a problem is visible; when the timeout expires, fail with this reason. */
        STALLED,
        /** The pod reached the state the waiter wanted (ready or succeeded). */
        DONE,
        /** Stop now: the same Test would fail again (bad image, bad config, crash, out of memory). */
        FAIL_FAST,
        /** Stop now: the cluster, not the SUT, failed; the Trial/Test may be retried as an infrastructure failure. */
        RETRY_INFRASTRUCTURE
    }

    /** Classified pod states (see docs/kubernetes.md, "Failure classification"). */
    public enum State {
        PENDING(Disposition.WAIT),
        RUNNING(Disposition.WAIT),
        READY(Disposition.DONE),
        SUCCEEDED(Disposition.DONE),
        UNSCHEDULABLE(Disposition.STALLED),
        /** The kubelet cannot create the pod's sandbox (its networks): retried by the kubelet, so waited for. */
        SANDBOX_FAILED(Disposition.STALLED),
        /** The kubelet is retrying a pull with back-off: waited for, up to {@code image-pull-backoffs} back-offs. */
        IMAGE_PULL_BACKOFF(Disposition.STALLED),
        IMAGE_PULL_FAILED(Disposition.FAIL_FAST),
        CONFIG_ERROR(Disposition.FAIL_FAST),
        CRASH_LOOP(Disposition.FAIL_FAST),
        OOM_KILLED(Disposition.FAIL_FAST),
        FAILED(Disposition.FAIL_FAST),
        DEADLINE_EXCEEDED(Disposition.RETRY_INFRASTRUCTURE),
        EVICTED(Disposition.RETRY_INFRASTRUCTURE),
        NODE_LOST(Disposition.RETRY_INFRASTRUCTURE),
        DELETED(Disposition.RETRY_INFRASTRUCTURE);

        private final Disposition disposition;

        State(Disposition disposition) {
            this.disposition = disposition;
        }

        public Disposition disposition() {
            return disposition;
        }
    }

    public Disposition disposition() {
        return state.disposition();
    }

    /** True when waiting longer cannot change the outcome. */
    public boolean isFinal() {
        Disposition d = disposition();
        return d == Disposition.DONE && state == State.SUCCEEDED || d == Disposition.FAIL_FAST
                || d == Disposition.RETRY_INFRASTRUCTURE;
    }

    public boolean isFailure() {
        return disposition() == Disposition.FAIL_FAST || disposition() == Disposition.RETRY_INFRASTRUCTURE;
    }
}
