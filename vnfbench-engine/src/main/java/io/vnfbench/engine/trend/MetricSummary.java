package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
import java.util.Objects;
import java.util.Optional;

/**
 * One Test key × metric of one run: sample statistics over the Test's Trials (one value per Trial, the
 * {@link io.vnfbench.engine.verify.TrialValues} reduction the gate uses too), the Trials that gave no value, the unit,
 * the direction and the gate's verdict with the baseline it used, when the run was gated.
 *
 * @param unit           the metric's unit as the profile states it; empty when it states none
 * @param direction      nullable: only known when a gate named it
 * @param failedTrials   Trials whose measurements of the metric held no finite value (reported, never a sample)
 * @param verdict        nullable: the gate's verdict, when the run was gated
 * @param baselineId     nullable: which run (or file) the gate compared against
 * @param baselineMedian NaN when unknown: the baseline's median the verdict was computed against
 */
public record MetricSummary(MetricKey key, String unit, @CheckForNull Direction direction, SampleStatistics statistics,
        int failedTrials, @CheckForNull Verdict verdict, @CheckForNull String baselineId, double baselineMedian) {

    public MetricSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(statistics, "statistics");
        unit = unit == null ? "" : unit;
        if (failedTrials < 0) {
            throw new IllegalArgumentException("failedTrials must not be negative: " + failedTrials);
        }
    }

    public MetricSummary(MetricKey key, String unit, SampleStatistics statistics) {
        this(key, unit, null, statistics, 0, null, null, Double.NaN);
    }

    public Optional<Direction> directionIfKnown() {
        return Optional.ofNullable(direction);
    }

    public Optional<Verdict> verdictIfGated() {
        return Optional.ofNullable(verdict);
    }

    /** A copy that carries the gate's outcome for this metric. */
    public MetricSummary withVerdict(Direction newDirection, Verdict newVerdict, String newBaselineId,
            double newBaselineMedian) {
        return new MetricSummary(key, unit, newDirection, statistics, failedTrials, newVerdict, newBaselineId,
                newBaselineMedian);
    }

    public boolean isRegression() {
        return verdict == Verdict.REGRESSION;
    }

    public boolean isImprovement() {
        return verdict == Verdict.IMPROVEMENT;
    }
}
