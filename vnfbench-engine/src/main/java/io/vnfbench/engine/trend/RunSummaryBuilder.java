package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the Trial values and verdicts of one run and reduces them to a {@link RunSummary}. Not thread-safe. */
public final class RunSummaryBuilder {
    private final String runId;
    private @CheckForNull Long runNumber;
    private @CheckForNull Instant timestamp;
    private String vnf = "";
    private String environment = "";
    private GateOutcome gate = GateOutcome.NOT_GATED;
    private final Map<MetricKey, Samples> samples = new HashMap<>();
    private final Map<MetricKey, Gated> verdicts = new HashMap<>();

    public RunSummaryBuilder(String runId) {
        this.runId = runId;
    }

    public RunSummaryBuilder runNumber(@CheckForNull Long number) {
        this.runNumber = number;
        return this;
    }

    public RunSummaryBuilder timestamp(@CheckForNull Instant time) {
        this.timestamp = time;
        return this;
    }

    public RunSummaryBuilder vnf(String text) {
        this.vnf = text;
        return this;
    }

    public RunSummaryBuilder environment(String text) {
        this.environment = text;
        return this;
    }

    public RunSummaryBuilder gate(GateOutcome outcome) {
        this.gate = outcome;
        return this;
    }

    /** Adds one Trial's value of a metric. */
    public RunSummaryBuilder addSample(MetricKey key, String unit, double value) {
        samples(key, unit).add(value);
        return this;
    }

    /** Counts a Trial whose measurements of the metric gave no value. */
    public RunSummaryBuilder addFailedTrial(MetricKey key, String unit) {
        samples(key, unit).failed++;
        return this;
    }

    /** Records the gate's verdict for a metric; a verdict for a metric without samples still appears. */
    public RunSummaryBuilder verdict(MetricKey key, Direction direction, Verdict verdict, String baselineId,
            double baselineMedian) {
        verdicts.put(key, new Gated(direction, verdict, baselineId, baselineMedian));
        return this;
    }

    /** The metrics that have Trials so far. */
    Set<MetricKey> sampledKeys() {
        return Collections.unmodifiableSet(samples.keySet());
    }

    public RunSummary build() {
        List<MetricSummary> metrics = new ArrayList<>(samples.size() + verdicts.size());
        for (Map.Entry<MetricKey, Samples> e : samples.entrySet()) {
            Samples s = e.getValue();
            metrics.add(withVerdict(new MetricSummary(e.getKey(), s.unit, null, SampleStatistics.of(s.values, s.size),
                    s.failed, null, null, Double.NaN)));
        }
        for (Map.Entry<MetricKey, Gated> e : verdicts.entrySet()) {
            if (!samples.containsKey(e.getKey())) {
                metrics.add(withVerdict(new MetricSummary(e.getKey(), "", SampleStatistics.EMPTY)));
            }
        }
        return new RunSummary(runId, runNumber, timestamp, vnf, environment, gate, metrics);
    }

    private Samples samples(MetricKey key, String unit) {
        Samples s = samples.computeIfAbsent(key, k -> new Samples());
        if (s.unit.isEmpty() && unit != null) {
            s.unit = unit;
        }
        return s;
    }

    private MetricSummary withVerdict(MetricSummary summary) {
        Gated v = verdicts.get(summary.key());
        return v == null ? summary : summary.withVerdict(v.direction, v.verdict, v.baselineId, v.baselineMedian);
    }

    private record Gated(Direction direction, Verdict verdict, String baselineId, double baselineMedian) {
    }

    private static final class Samples {
        private String unit = "";
        private double[] values = new double[8];
        private int size;
        private int failed;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
