package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/**
 * One gated metric of the {@link Verification} extension. Unset statistical options take the section's defaults.
 *
 * @param name       the gate's own name, shown in verdict tables and JUnit test names (the list key)
 * @param source     prober or listener name that produced the metric, e.g. {@code iperf3}
 * @param metric     metric name, e.g. {@code bits_per_second}
 * @param agent      optional agent or monitor id (snapshot origin) to restrict to
 * @param tests      optional test-key pattern ({@code *} matches any text), e.g. {@code topology=snake*}
 * @param direction  {@code higher} or {@code lower} is better; required, never guessed
 * @param statistic  what the absolute bounds hold: {@code median} (default) or a percentile {@code p90}, {@code p99}
 * @param atLeast    absolute lower bound on that statistic
 * @param atMost     absolute upper bound on that statistic
 */
public record GatedMetric(@Key String name, @Nullable String source, @Nullable String metric,
        @Nullable String agent, @Nullable String tests,
        @Nullable String direction, @Nullable String tolerance, @Nullable String detect,
                @Nullable String confidence, @Nullable String power,
        @Nullable @YangName("min_samples") Long minSamples, @Nullable String method,
                @Nullable String statistic,
        @Nullable @YangName("at_least") String atLeast, @Nullable @YangName("at_most") String atMost) {
}
