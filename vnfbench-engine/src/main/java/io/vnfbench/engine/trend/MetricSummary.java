package io.vnfbench.engine.trend;

import java.util.Objects;
import java.util.Optional;

/**
 * One Test key × metric of one run: sample statistics across the Test's Trials (and repeats), the unit, the direction
 * and the gate's verdict with the baseline it used, when the run was gated.
 *
 * @param unit           the metric's unit as the profile states it; empty when it states none
 * @param direction      nullable: only known when a gate named it
 * @param verdict        nullable: the gate's verdict name (PASS, REGRESSION, IMPROVEMENT, INCONCLUSIVE, NO_BASELINE,
 *                       SKIPPED, ERROR); kept as text so summaries written by a newer gate still read
 * @param baselineId     nullable: which run (or file) the gate compared against
 * @param baselineMedian NaN when unknown: the baseline's median the verdict was computed against
 */
public record MetricSummary(MetricKey key, String unit, Direction direction, SampleStatistics statistics,
        String verdict, String baselineId, double baselineMedian) {

    public MetricSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(statistics, "statistics");
        unit = unit == null ? "" : unit;
    }

    public MetricSummary(MetricKey key, String unit, SampleStatistics statistics) {
        this(key, unit, null, statistics, null, null, Double.NaN);
    }

    public Optional<Direction> directionIfKnown() {
        return Optional.ofNullable(direction);
    }

    public Optional<String> verdictIfGated() {
        return Optional.ofNullable(verdict);
    }

    /** A copy that carries the gate's outcome for this metric. */
    public MetricSummary withVerdict(Direction newDirection, String newVerdict, String newBaselineId,
            double newBaselineMedian) {
        return new MetricSummary(key, unit, newDirection, statistics, newVerdict, newBaselineId, newBaselineMedian);
    }

    public boolean isRegression() {
        return "REGRESSION".equals(verdict);
    }

    public boolean isImprovement() {
        return "IMPROVEMENT".equals(verdict);
    }
}
