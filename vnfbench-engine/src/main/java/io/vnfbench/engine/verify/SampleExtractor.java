package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Provenance;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.TestKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the samples of every gated metric from a VNF-BR: one sample per Trial of every Test with the key (the
 * {@link TrialValues} reduction: instances, repeats and vectors or series reduce to the Trial's median; a Trial whose
 * measurements hold a value that is not a finite number gives no sample and an error), aggregated per Test key × gate.
 */
public final class SampleExtractor {
    private SampleExtractor() {
    }

    /** Where a gate's samples of one Test key come from. */
    public record Key(String testKey, String gate) {
    }

    /**
     * The samples of one Test key × gate.
     *
     * @param errors   failed measurements (evaluation, snapshot or report errors, non-numeric values)
     * @param skipped  the Test was not run (an output without a profile)
     * @param testbeds fingerprints of the machines the samples came from
     */
    public record Extracted(double[] values, List<String> errors, boolean skipped, Set<String> testbeds) {
    }

    /**
     * The fingerprint of the testbed an output was measured on: the host facts of the profile's provenance (host name,
     * CPU model, cores, kernel) and the environment type; the VNF-BR's environment when the profile has no provenance.
     */
    public static String testbed(VnfBr br, Output output) {
        Provenance p = output.vnfpp() == null ? null : output.vnfpp().provenance();
        if (p != null && p.host() != null) {
            Provenance.ProvenanceHost h = p.host();
            return String.format(Locale.ROOT, "%s [%s, %s cores, kernel %s]%s", h.hostname(), h.cpuModel(), h.cores(),
                    h.kernel(), p.environment() == null ? "" : " " + p.environment());
        }
        if (br.environment() == null) {
            return "unknown";
        }
        String type = br.environment().orchestrator() == null ? "" : br.environment().orchestrator().type();
        return br.environment().name() + (type == null || type.isEmpty() ? "" : " (" + type + ")");
    }

    /** Extracts every gate's samples per Test key, in document order. */
    public static Map<Key, Extracted> extract(VnfBr br, GateSpec spec) {
        Map<Key, Builder> builders = new LinkedHashMap<>();
        for (Output output : br.outputs()) {
            String testKey = TestKey.of(output);
            for (MetricGate gate : spec.metrics()) {
                if (!gate.selector().matchesTest(testKey)) {
                    continue;
                }
                Builder b = builders.computeIfAbsent(new Key(testKey, gate.name()), k -> new Builder());
                b.testbeds.add(testbed(br, output));
                if (output.vnfpp() == null || output.vnfpp().reports().isEmpty()) {
                    b.skippedOutputs++;
                    continue;
                }
                b.runOutputs++;
                for (Report report : output.vnfpp().reports()) {
                    collect(report, gate.selector(), b);
                }
            }
        }
        Map<Key, Extracted> result = new LinkedHashMap<>();
        builders.forEach((k, b) -> result.put(k, new Extracted(b.values.stream().mapToDouble(Double::doubleValue).toArray(),
                List.copyOf(b.errors), b.runOutputs == 0 && b.skippedOutputs > 0, Set.copyOf(b.testbeds))));
        return result;
    }

    /** The samples one gate reads from some reports (e.g. those of an extra Trial): one per Trial. */
    public static Extracted extract(List<Report> reports, Selector selector) {
        Builder b = new Builder();
        reports.forEach(r -> collect(r, selector, b));
        return new Extracted(b.values.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(b.errors), false,
                Set.of());
    }

    private static void collect(Report report, Selector selector, Builder b) {
        String test = "Test " + (report.test() != null ? report.test() : report.id());
        if (report.error() != null) {
            b.errors.add(test + ": " + report.error());
        }
        for (TrialValues.Trial trial : TrialValues.trials(report)) {
            String where = test + " " + trial.label();
            List<Metric> measured = new ArrayList<>();
            for (Snapshot snapshot : trial.snapshots()) {
                String origin = snapshot.origin() == null ? null : snapshot.origin().id();
                if (selector.agent() != null && !selector.matchesOrigin(origin)) {
                    continue;
                }
                if (snapshot.error() != null && (selector.agent() != null || fromSource(snapshot, selector))) {
                    b.errors.add(where + " (" + origin + "): " + snapshot.error());
                }
                for (Evaluation e : snapshot.evaluations()) {
                    if (e.source() == null || !selector.source().equals(e.source().name())) {
                        continue;
                    }
                    Optional<Metric> metric = e.metric(selector.metric());
                    if (metric.isEmpty()) {
                        if (e.error() != null) {
                            b.errors.add(where + " " + selector.source() + " instance " + e.instance() + " repeat "
                                    + e.repeat() + ": " + e.error());
                        }
                        continue; // e.g. the server side of iperf3 reports nothing: not a sample, not an error
                    }
                    // An error text next to a valid value is a tool's warning (Gym's iperf3 puts them there): keep it.
                    measured.add(metric.get());
                }
            }
            if (!measured.isEmpty()) {
                TrialValues.Value value = TrialValues.reduce(measured);
                if (value.present()) {
                    b.values.add(value.value());
                } else {
                    b.errors.add(where + " " + selector.source() + ": " + value.problem());
                }
            }
        }
    }

    private static boolean fromSource(Snapshot snapshot, Selector selector) {
        return snapshot.evaluations().isEmpty() || snapshot.evaluations().stream()
                .anyMatch(e -> e.source() != null && selector.source().equals(e.source().name()));
    }

    private static final class Builder {
        final List<Double> values = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final Set<String> testbeds = new LinkedHashSet<>();
        int runOutputs;
        int skippedOutputs;
    }
}
