package io.vnfbench.engine.model;

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
public record GatedMetric(@Key String name, String source, String metric, String agent, String tests,
        String direction, String tolerance, String detect, String confidence, String power,
        @YangName("min_samples") Long minSamples, String method, String statistic,
        @YangName("at_least") String atLeast, @YangName("at_most") String atMost) {
}
