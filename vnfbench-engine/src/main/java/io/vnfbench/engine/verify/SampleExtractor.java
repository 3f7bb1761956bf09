package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
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
import java.util.TreeMap;

/**
 * Reads the samples of every gated metric from a VNF-BR, one value per Trial, grouped by Test (deployment).
 *
 * <p>The Trial's sample is the {@link TrialValues} reduction of every matching evaluation (prober instances, repeats),
 * which share the Trial's deployment and moment and so are not independent samples. A Trial with a failed
 * evaluation, an error, or a value that is not a finite number (a series point "NaN" included) has no sample and is
 * counted as failed: a partial failure never becomes data. Values in other units of the same quantity are converted to
 * the first unit the side reports ({@link Units}); the units seen are kept so that incomparable ones are refused.
 */
public final class SampleExtractor {
    private SampleExtractor() {
    }

    /** Where a gate's samples of one Test key come from. */
    public record Key(String testKey, String gate) {
    }

    /** The Trials of one Test (deployment) in Trial order, one sample each. */
    public record Deployment(long test, long[] trials, double[] values) {
        public int size() {
            return values.length;
        }

        public double mean() {
            return Samples.mean(values);
        }
    }

    /**
     * The samples of one Test key × gate in one VNF-BR.
     *
     * @param deployments  the Tests with at least one valid Trial, in Test order
     * @param errors       what failed (evaluation, snapshot or report errors, non-numeric values), with where
     * @param failedTrials Trials that had no valid sample because something failed
     * @param skipped      the Test was not run (an output without a profile)
     * @param testbeds     fingerprints of the machines the samples came from
     * @param units        the units the metric was reported in, as written
     */
    public record Extracted(List<Deployment> deployments, List<String> errors, int failedTrials, boolean skipped,
                            Set<String> testbeds, Set<String> units) {
        public Extracted {
            deployments = List.copyOf(deployments);
            errors = List.copyOf(errors);
            testbeds = Set.copyOf(testbeds);
            units = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(units));
        }

        /** The unit the values are in: the first one reported ({@code ""} for none). */
        public String unit() {
            return units.isEmpty() ? "" : units.iterator().next();
        }

        /** The same samples expressed in {@code target} (a unit of the same quantity, or the same unit). */
        public Extracted in(String target) {
            double f = Units.convert(1, unit(), target);
            if (f == 1) {
                return this;
            }
            List<Deployment> converted = deployments.stream().map(d -> new Deployment(d.test(), d.trials(),
                    java.util.Arrays.stream(d.values()).map(v -> v * f).toArray())).toList();
            return new Extracted(converted, errors, failedTrials, skipped, testbeds, units);
        }

        /** Every valid Trial's sample, in Test then Trial order. */
        public double[] values() {
            return deployments.stream().flatMapToDouble(d -> java.util.Arrays.stream(d.values())).toArray();
        }

        public int trials() {
            return deployments.stream().mapToInt(Deployment::size).sum();
        }

        /** The first {@code n} Trials (Test then Trial order): what the gate had seen after n Trials. */
        public List<Deployment> prefix(int n) {
            List<Deployment> out = new ArrayList<>();
            int left = n;
            for (Deployment d : deployments) {
                if (left <= 0) {
                    break;
                }
                int k = Math.min(left, d.size());
                out.add(new Deployment(d.test(), java.util.Arrays.copyOf(d.trials(), k),
                        java.util.Arrays.copyOf(d.values(), k)));
                left -= k;
            }
            return out;
        }
    }

    /**
     * The fingerprint of the testbed an output was measured on: CPU model, cores, kernel and environment type from the
     * profile's provenance (the host name is left out: CI agents are often fresh machines of the same kind); the
     * VNF-BR's environment when the profile has no provenance.
     */
    public static String testbed(VnfBr br, Output output) {
        Provenance p = output.vnfpp() == null ? null : output.vnfpp().provenance();
        if (p != null && p.host() != null) {
            Provenance.ProvenanceHost h = p.host();
            return String.format(Locale.ROOT, "%s, %s cores, kernel %s%s", h.cpuModel(), h.cores(), h.kernel(),
                    p.environment() == null ? "" : ", " + p.environment());
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
        builders.forEach((k, b) -> result.put(k, b.build()));
        return result;
    }

    /** The samples one gate reads from some reports (e.g. those of a Test still running). */
    public static Extracted extract(List<Report> reports, Selector selector) {
        Builder b = new Builder();
        reports.forEach(r -> collect(r, selector, b));
        return b.build();
    }

    private static void collect(Report report, Selector selector, Builder b) {
        long test = report.test() != null ? report.test() : parseOr(report.id(), b.deployments.size() + 1L);
        String where = "Test " + test;
        if (report.error() != null) {
            b.errors.add(where + ": " + report.error());
        }
        Map<Long, Trial> trials = b.deployments.computeIfAbsent(test, t -> new TreeMap<>());
        long unnumbered = 1_000_000;
        for (TrialValues.Trial t : TrialValues.trials(report)) {
            long number = t.number() != null ? t.number() : unnumbered++;
            String at = where + " " + t.label();
            List<Metric> measured = new ArrayList<>();
            for (Snapshot snapshot : t.snapshots()) {
                String origin = snapshot.origin() == null ? null : snapshot.origin().id();
                if (selector.agent() != null && !selector.matchesOrigin(origin)) {
                    continue;
                }
                if (snapshot.error() != null && (selector.agent() != null || fromSource(snapshot, selector))) {
                    trial(trials, number).fail(b, at + " (" + origin + "): " + snapshot.error());
                }
                for (Evaluation e : snapshot.evaluations()) {
                    if (e.source() == null || !selector.source().equals(e.source().name())) {
                        continue;
                    }
                    Optional<Metric> metric = e.metric(selector.metric());
                    if (metric.isEmpty()) {
                        if (e.error() != null) {
                            trial(trials, number).fail(b, at + " " + selector.source() + " instance " + e.instance()
                                    + " repeat " + e.repeat() + ": " + e.error());
                        }
                        continue; // e.g. the server side of iperf3 reports nothing: not a sample, not an error
                    }
                    // An error text next to a valid value is a tool's warning (Gym's iperf3 puts them there): keep it.
                    measured.add(metric.get());
                }
            }
            if (measured.isEmpty()) {
                continue;
            }
            Set<String> units = new LinkedHashSet<>();
            measured.forEach(m -> units.add(m.unit() == null ? "" : m.unit().trim()));
            b.units.addAll(units);
            if (units.size() > 1) {
                trial(trials, number).fail(b, at + " " + selector.source() + ": " + selector.metric()
                        + " is reported in several units within the Trial: " + units);
                continue;
            }
            TrialValues.Value value = TrialValues.reduce(measured);
            if (!value.present()) {
                trial(trials, number).fail(b, at + " " + selector.source() + ": " + value.problem());
                continue;
            }
            // Values are kept in the first unit this side reports; other units of the same quantity convert to it.
            trial(trials, number).values.add(Units.convert(value.value(), units.iterator().next(),
                    b.units.iterator().next()));
        }
    }

    private static long parseOr(@CheckForNull String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Trial trial(Map<Long, Trial> trials, long number) {
        return trials.computeIfAbsent(number, n -> new Trial());
    }

    private static boolean fromSource(Snapshot snapshot, Selector selector) {
        return snapshot.evaluations().isEmpty() || snapshot.evaluations().stream()
                .anyMatch(e -> e.source() != null && selector.source().equals(e.source().name()));
    }

    /** What one Trial gave: values of its evaluations, or a failure. */
    private static final class Trial {
        final List<Double> values = new ArrayList<>();
        boolean failed;

        void fail(Builder b, String why) {
            failed = true;
            b.errors.add(why);
        }
    }

    private static final class Builder {
        final Map<Long, Map<Long, Trial>> deployments = new TreeMap<>();
        final List<String> errors = new ArrayList<>();
        final Set<String> testbeds = new LinkedHashSet<>();
        final Set<String> units = new LinkedHashSet<>();
        int runOutputs;
        int skippedOutputs;

        Extracted build() {
            List<Deployment> out = new ArrayList<>();
            int failed = 0;
            for (Map.Entry<Long, Map<Long, Trial>> d : deployments.entrySet()) {
                List<Long> numbers = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (Map.Entry<Long, Trial> t : d.getValue().entrySet()) {
                    if (t.getValue().failed) {
                        failed++;
                    } else if (!t.getValue().values.isEmpty()) {
                        numbers.add(t.getKey());
                        double[] v = t.getValue().values.stream().mapToDouble(Double::doubleValue).toArray();
                        values.add(v.length == 1 ? v[0] : Samples.median(v));
                    }
                }
                if (!values.isEmpty()) {
                    out.add(new Deployment(d.getKey(), numbers.stream().mapToLong(Long::longValue).toArray(),
                            values.stream().mapToDouble(Double::doubleValue).toArray()));
                }
            }
            return new Extracted(out, errors, failed, runOutputs == 0 && skippedOutputs > 0, testbeds, units);
        }
    }
}
