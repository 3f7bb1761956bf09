package io.vnfbench.engine.trend;

import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies one series across runs: the stable test key of the instance, the source (prober or listener name) and
 * the metric name.
 */
public record MetricKey(String testKey, String source, String metric) implements Comparable<MetricKey> {

    private static final Comparator<MetricKey> ORDER = Comparator.comparing(MetricKey::testKey)
            .thenComparing(MetricKey::source).thenComparing(MetricKey::metric);

    public MetricKey {
        Objects.requireNonNull(testKey, "testKey");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metric, "metric");
    }

    /** The metric without its test key, e.g. {@code nfvbench/ndr_rate_pps}. */
    public String metricLabel() {
        return source.isEmpty() ? metric : source + "/" + metric;
    }

    @Override
    public int compareTo(MetricKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return testKey + " " + metricLabel();
    }
}
