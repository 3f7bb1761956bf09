package io.vnfbench.engine.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the samples and verdicts of one run and reduces them to a {@link RunSummary}. Not thread-safe. */
public final class RunSummaryBuilder {
    private final String runId;
    private Long runNumber;
    private Instant timestamp;
    private String vnf = "";
    private String environment = "";
    private GateOutcome gate = GateOutcome.NOT_GATED;
    private final Map<MetricKey, Samples> samples = new HashMap<>();
    private final Map<MetricKey, Verdict> verdicts = new HashMap<>();

    public RunSummaryBuilder(String runId) {
        this.runId = runId;
    }

    public RunSummaryBuilder runNumber(Long number) {
        this.runNumber = number;
        return this;
    }

    public RunSummaryBuilder timestamp(Instant time) {
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

    /** Adds one sample (one Trial, repeat or instance of a prober or listener run) of a metric. */
    public RunSummaryBuilder addSample(MetricKey key, String unit, double value) {
        Samples s = samples.computeIfAbsent(key, k -> new Samples());
        if (s.unit.isEmpty() && unit != null) {
            s.unit = unit;
        }
        s.add(value);
        return this;
    }

    /** Records the gate's verdict for a metric; a verdict for a metric without samples still appears. */
    public RunSummaryBuilder verdict(MetricKey key, Direction direction, String verdict, String baselineId,
            double baselineMedian) {
        verdicts.put(key, new Verdict(direction, verdict, baselineId, baselineMedian));
        return this;
    }

    /** The metrics that have samples so far. */
    java.util.Set<MetricKey> sampledKeys() {
        return java.util.Collections.unmodifiableSet(samples.keySet());
    }

    public RunSummary build() {
        List<MetricSummary> metrics = new ArrayList<>(samples.size() + verdicts.size());
        for (Map.Entry<MetricKey, Samples> e : samples.entrySet()) {
            Samples s = e.getValue();
            metrics.add(withVerdict(new MetricSummary(e.getKey(), s.unit, SampleStatistics.of(s.values, s.size))));
        }
        for (Map.Entry<MetricKey, Verdict> e : verdicts.entrySet()) {
            if (!samples.containsKey(e.getKey())) {
                metrics.add(withVerdict(new MetricSummary(e.getKey(), "", SampleStatistics.EMPTY)));
            }
        }
        return new RunSummary(runId, runNumber, timestamp, vnf, environment, gate, metrics);
    }

    private MetricSummary withVerdict(MetricSummary summary) {
        Verdict v = verdicts.get(summary.key());
        return v == null ? summary : summary.withVerdict(v.direction, v.verdict, v.baselineId, v.baselineMedian);
    }

    private record Verdict(Direction direction, String verdict, String baselineId, double baselineMedian) {
    }

    private static final class Samples {
        private String unit = "";
        private double[] values = new double[8];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
