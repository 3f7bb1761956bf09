package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run stands. Indices are 1-based; zero where not yet applicable (e.g. {@code trial} before the first Trial).
 *
 * @param instanceId  the planned instance's id, null before the first instance
 * @param testKey     the instance's stable test key, null before the first instance
 * @param trialsDone  Trials finished (or found finished when resuming) in the whole run
 * @param trialsTotal Trials the whole run has, over all runnable instances
 * @param remaining   estimated time left, null until there is a basis for it
 */
public record RunProgress(int instance, int instances, @CheckForNull String instanceId, @CheckForNull String testKey,
                          int test, int tests, int trial, int trials, int trialsDone, int trialsTotal, Duration elapsed,
                          @CheckForNull Duration remaining) {
    public RunProgress {
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public Optional<Duration> remainingIfKnown() {
        return Optional.ofNullable(remaining);
    }

    /** Finished fraction of the run in [0, 1]. */
    public double fraction() {
        return trialsTotal == 0 ? 1.0 : Math.min(1.0, (double) trialsDone / trialsTotal);
    }
}
