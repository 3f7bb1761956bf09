package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.util.Optional;

/**
 * A tool's {@code sched} with the draft's defaults applied, in the Manager's terms. See docs/manager.md for the
 * semantics, summarised: each of the tool's {@code instances} parallel copies waits {@code from} seconds after the
 * Trial starts, then runs the tool {@code repeat} times, each run measuring {@code duration} seconds (when given)
 * and separated by {@code interval} seconds; no run starts after {@code until} seconds and a run still going at
 * {@code until} is stopped.
 *
 * @param until null when unbounded by the schedule
 * @param duration null when the schedule leaves the duration to the tool's own parameters
 */
public record Schedule(Duration from, @CheckForNull Duration until, @CheckForNull Duration duration, Duration interval, int repeat) {
    /** The draft's defaults: start at once, run once, no limit. */
    public static final Schedule ONCE = new Schedule(Duration.ZERO, null, null, Duration.ZERO, 1);

    public Schedule {
        if (from.isNegative() || interval.isNegative()) {
            throw new IllegalArgumentException("sched from and interval must not be negative");
        }
        if (repeat < 1) {
            throw new IllegalArgumentException("sched repeat must be at least 1, got " + repeat);
        }
        if (until != null && until.compareTo(from) <= 0) {
            throw new IllegalArgumentException("sched until (" + until.toSeconds() + " s) must be after from ("
                    + from.toSeconds() + " s)");
        }
    }

    /** From the YANG leaves (seconds, null when absent); {@code repeat} 0 or absent means once. */
    public static Schedule of(Long from, Long until, Long duration, Long interval, Long repeat) {
        return new Schedule(seconds(from, 0), until == null ? null : Duration.ofSeconds(until),
                duration == null ? null : Duration.ofSeconds(duration), seconds(interval, 0),
                repeat == null || repeat == 0 ? 1 : Math.toIntExact(repeat));
    }

    public Optional<Duration> untilIfAny() {
        return Optional.ofNullable(until);
    }

    public Optional<Duration> durationIfAny() {
        return Optional.ofNullable(duration);
    }

    /**
     * The bound of one run: the scheduled duration plus grace when the schedule gives one, else the default bound.
     */
    public Duration runBound(Duration grace, Duration defaultBound) {
        return duration == null ? defaultBound : duration.plus(grace);
    }

    private static Duration seconds(Long value, long fallback) {
        return Duration.ofSeconds(value == null ? fallback : value);
    }
}
