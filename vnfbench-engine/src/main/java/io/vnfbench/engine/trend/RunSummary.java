package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.GateOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The compact form of one run (one VNF-BR) that trends are drawn from: header facts and one {@link MetricSummary} per
 * Test key × metric, sorted by key. Written as JSON by {@link RunSummaryJson} (format {@value #FORMAT}, version
 * {@value #VERSION}).
 *
 * @param runId       the VNF-BR id, or the file or build it came from
 * @param runNumber   nullable: the build or run number, when the history has one
 * @param timestamp   nullable: when the run finished (or started, when it has no end)
 * @param vnf         the VNF name and version as the report states them; empty when absent
 * @param environment the environment name and orchestrator type; empty when absent
 */
public record RunSummary(String runId, @CheckForNull Long runNumber, @CheckForNull Instant timestamp, String vnf, String environment,
        GateOutcome gate, List<MetricSummary> metrics) {

    public static final String FORMAT = "vnfbench-run-summary";
    public static final int VERSION = 2;

    public RunSummary {
        Objects.requireNonNull(runId, "runId");
        vnf = vnf == null ? "" : vnf;
        environment = environment == null ? "" : environment;
        gate = gate == null ? GateOutcome.NOT_GATED : gate;
        List<MetricSummary> sorted = new ArrayList<>(metrics);
        sorted.sort(Comparator.comparing(MetricSummary::key));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new IllegalArgumentException("run " + runId + " summarises " + sorted.get(i).key() + " twice");
            }
        }
        metrics = List.copyOf(sorted);
    }

    public Optional<Long> runNumberIfKnown() {
        return Optional.ofNullable(runNumber);
    }

    public Optional<Instant> timestampIfKnown() {
        return Optional.ofNullable(timestamp);
    }

    public Optional<MetricSummary> metric(MetricKey key) {
        int i = binarySearch(key);
        return i >= 0 ? Optional.of(metrics.get(i)) : Optional.empty();
    }

    /** The test keys of this run, in canonical order. */
    public SortedSet<String> testKeys() {
        SortedSet<String> keys = new TreeSet<>();
        metrics.forEach(m -> keys.add(m.key().testKey()));
        return keys;
    }

    /** True when at least one metric carries a verdict. */
    public boolean isGated() {
        return metrics.stream().anyMatch(m -> m.verdict() != null);
    }

    private int binarySearch(MetricKey key) {
        int lo = 0;
        int hi = metrics.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = metrics.get(mid).key().compareTo(key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
