package io.vnfbench.engine.trend;

import io.vnfbench.engine.model.Direction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs in order, oldest first. Runs whose gate failed stay: a failed gate must not hide its own trend.
 */
public record History(List<RunSummary> runs) {

    public History {
        runs = List.copyOf(runs);
    }

    /** The runs in {@linkplain #inRunOrder run order}. */
    public static History ordered(Collection<RunSummary> runs) {
        return new History(inRunOrder(runs, RunSummary::runNumber, RunSummary::timestamp));
    }

    /**
     * The one order of a history, for trends and gate baselines alike: by run number (build number), then by time
     * stamp (the run's stop time, else its start), each missing value after the present ones; runs that tie keep the
     * order given (the sort is stable; a directory is read in file-name order).
     */
    public static <T> List<T> inRunOrder(Collection<T> runs, Function<T, Long> number, Function<T, Instant> time) {
        List<T> list = new ArrayList<>(runs);
        list.sort(Comparator.comparing(number, Comparator.nullsLast(Comparator.<Long>naturalOrder()))
                .thenComparing(time, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
        return list;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    public Optional<RunSummary> newest() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** Every metric key any run has, sorted. */
    public SortedSet<MetricKey> metricKeys() {
        SortedSet<MetricKey> keys = new TreeSet<>();
        for (RunSummary run : runs) {
            run.metrics().forEach(m -> keys.add(m.key()));
        }
        return keys;
    }

    /** The metric keys that carry a verdict in at least one run: the gated metrics. */
    public SortedSet<MetricKey> gatedMetricKeys() {
        SortedSet<MetricKey> keys = new TreeSet<>();
        for (RunSummary run : runs) {
            run.metrics().stream().filter(m -> m.verdict() != null).forEach(m -> keys.add(m.key()));
        }
        return keys;
    }

    /** The metric across all runs, one point per run that has it. */
    public TrendSeries series(MetricKey key) {
        List<TrendPoint> points = new ArrayList<>();
        String unit = "";
        Direction direction = null;
        for (int i = 0; i < runs.size(); i++) {
            RunSummary run = runs.get(i);
            Optional<MetricSummary> found = run.metric(key);
            if (found.isEmpty()) {
                continue;
            }
            MetricSummary m = found.get();
            if (!m.unit().isEmpty()) {
                unit = m.unit();
            }
            if (m.direction() != null) {
                direction = m.direction();
            }
            SampleStatistics s = m.statistics();
            Long runNumber = run.runNumber();
            long number = runNumber != null ? runNumber : i + 1L;
            points.add(new TrendPoint(number, run.runId(), run.timestamp(), s.n(), s.min(), s.median(), s.max(),
                    m.verdict(), m.baselineMedian(), run.gate(), 1));
        }
        return new TrendSeries(key, unit, direction, points, runs.size(), false);
    }
}
