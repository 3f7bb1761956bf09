package io.vnfbench.engine.session;

import io.vnfbench.engine.trend.MetricSummary;

/**
 * One Test key × metric of a run, as a run's table shows it: the statistics over its Trials (one value per Trial, the
 * reduction the gate uses), and the Trials that gave no value.
 *
 * @param unit          empty when the profile states none
 * @param n             Trials with a value
 * @param failedTrials  Trials whose measurements held no finite value (never a sample)
 * @param median        NaN when there is no value
 */
public record MetricLine(String testKey, String source, String metric, String unit, int n, int failedTrials,
                         double median, double min, double max) {

    static MetricLine of(MetricSummary m) {
        return new MetricLine(m.key().testKey(), m.key().source(), m.key().metric(), m.unit(), m.statistics().n(),
                m.failedTrials(), m.statistics().median(), m.statistics().min(), m.statistics().max());
    }

    /** {@code source/metric}, or the metric alone when it has no source. */
    public String label() {
        return source.isEmpty() ? metric : source + "/" + metric;
    }

    /** The median as every table of the engine writes a measured value (six significant digits); empty when none. */
    public String medianText() {
        return VerdictLine.number(median);
    }
}
