package io.vnfbench.engine.trend;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One metric of one test key across the runs of a history, oldest first. Runs that lack the metric leave no point.
 *
 * @param direction nullable: the newest direction a gate recorded for the metric
 * @param runs      how many runs the history had (points may be fewer: missing metrics, downsampling)
 */
public record TrendSeries(MetricKey key, String unit, Direction direction, List<TrendPoint> points, int runs,
        boolean downsampled) {

    public TrendSeries {
        Objects.requireNonNull(key, "key");
        unit = unit == null ? "" : unit;
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * At most {@code maxPoints} points: consecutive runs are merged into equal buckets (the whole history stays
     * visible; nothing is windowed away). A bucket's band spans its lowest minimum to its highest maximum, its line is
     * the median of its medians, and a REGRESSION or IMPROVEMENT in any of its runs survives as its marker.
     */
    public TrendSeries downsample(int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1: " + maxPoints);
        }
        int size = points.size();
        if (size <= maxPoints) {
            return this;
        }
        int bucket = (size + maxPoints - 1) / maxPoints;
        List<TrendPoint> merged = new ArrayList<>((size + bucket - 1) / bucket);
        for (int from = 0; from < size; from += bucket) {
            merged.add(merge(points.subList(from, Math.min(size, from + bucket))));
        }
        return new TrendSeries(key, unit, direction, merged, runs, true);
    }

    private static TrendPoint merge(List<TrendPoint> bucket) {
        TrendPoint last = bucket.get(bucket.size() - 1);
        double[] medians = new double[bucket.size()];
        double min = Double.NaN;
        double max = Double.NaN;
        int n = 0;
        int covered = 0;
        boolean regression = false;
        boolean improvement = false;
        boolean failed = false;
        double baseline = Double.NaN;
        for (int i = 0; i < bucket.size(); i++) {
            TrendPoint p = bucket.get(i);
            medians[i] = p.median();
            min = minIgnoringNaN(min, p.min());
            max = maxIgnoringNaN(max, p.max());
            n += p.n();
            covered += p.runsCovered();
            regression |= p.isRegression();
            improvement |= p.isImprovement();
            failed |= p.gate() == GateOutcome.FAILED;
            if (!Double.isNaN(p.baselineMedian())) {
                baseline = p.baselineMedian();
            }
        }
        Verdict verdict = regression ? Verdict.REGRESSION : improvement ? Verdict.IMPROVEMENT : last.verdict();
        GateOutcome gate = failed ? GateOutcome.FAILED : last.gate();
        return new TrendPoint(last.runNumber(), last.runId(), last.timestamp(), n, min,
                SampleStatistics.of(medians).median(), max, verdict, baseline, gate, covered);
    }

    private static double minIgnoringNaN(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double maxIgnoringNaN(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
