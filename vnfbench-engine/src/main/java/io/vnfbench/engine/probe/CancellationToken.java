package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A one-way switch that asks every part of a run (Manager, environment, prober, listener) to stop.
 *
 * <p>Shared by the CLI's shutdown hook, the Jenkins abort and the Manager's per-invocation time bounds.
 * A child token is cancelled when its parent is, never the other way round, so a timed-out prober does
 * not stop the run. Callbacks registered with {@link #onCancel(Runnable)} run once, on the cancelling
 * thread (or at once when registered after cancellation); they must be quick and must not throw.
 */
public final class CancellationToken {
    private final Object lock = new Object();
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> callbacks = new ArrayList<>();
    @CheckForNull
    private volatile String reason;

    /** A fresh token, not cancelled. */
    public CancellationToken() {
    }

    /** A token cancelled together with this one (and possibly on its own). */
    public CancellationToken child() {
        CancellationToken child = new CancellationToken();
        Registration link = onCancel(() -> {
            String why = reason;
            child.cancel(why == null ? "cancelled" : why);
        });
        child.onCancel(link::close);
        return child;
    }

    /**
     * Cancels the token; only the first call has an effect.
     *
     * @param why said in errors and logs, e.g. "interrupted by SIGINT" or "timed out after PT30S"
     */
    public void cancel(String why) {
        List<Runnable> toRun;
        synchronized (lock) {
            if (reason != null) {
                return;
            }
            reason = Objects.requireNonNullElse(why, "cancelled");
            toRun = new ArrayList<>(callbacks);
            callbacks.clear();
        }
        cancelled.countDown();
        for (Runnable callback : toRun) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                // a callback must not keep the others from running; nothing else can be done here
            }
        }
    }

    public boolean isCancelled() {
        return reason != null;
    }

    /** Why the token was cancelled, empty while it is not. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Throws {@link CancelledException} when cancelled; call it between steps of long work. */
    public void throwIfCancelled() {
        String why = reason;
        if (why != null) {
            throw new CancelledException(why);
        }
    }

    /**
     * Registers a callback run once on cancellation (at once if already cancelled).
     *
     * @return closing it unregisters the callback
     */
    public Registration onCancel(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        synchronized (lock) {
            if (reason == null) {
                callbacks.add(callback);
                return () -> {
                    synchronized (lock) {
                        callbacks.remove(callback);
                    }
                };
            }
        }
        callback.run();
        return () -> { };
    }

    /**
     * Waits until the token is cancelled or the time has passed, whichever comes first: the bounded,
     * cancellable sleep every schedule uses.
     *
     * @return true when the full time passed, false when cancelled (or interrupted, which also cancels nothing
     *     but restores the interrupt flag)
     */
    public boolean sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return !isCancelled();
        }
        try {
            return !cancelled.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits at most {@code bound} for cancellation; true when cancelled within the bound. */
    public boolean awaitCancellation(Duration bound) throws InterruptedException {
        return cancelled.await(Math.max(0, bound.toNanos()), TimeUnit.NANOSECONDS);
    }

    /** Handle to undo {@link #onCancel(Runnable)}. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
