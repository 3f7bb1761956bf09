package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.TestKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Verifies a candidate VNF-BR against a baseline: one verdict per Test key × gated metric, then the overall result.
 *
 * <p>Per row: the Test was not run → SKIPPED; a measurement failed → ERROR; an absolute bound is broken → REGRESSION;
 * otherwise the relative comparison decides (NO_BASELINE when the baseline has no samples for the key). With a single
 * baseline run the candidate's and the baseline's samples are compared by {@link SampleComparator}; with a history
 * whose noise can be trusted, by the {@link SequentialTest} (which asks the {@link TrialSource} for more Trials while
 * undecided), else by {@link SampleComparator} on the history's pooled samples. A REGRESSION found by a two-sample
 * comparison can be confirmed on a re-run before the gate fails ({@code confirmRegressions}).
 */
public final class Verifier {
    private final GateSpec spec;
    private final TrialSource trials;
    private final boolean confirmRegressions;
    private final Map<String, List<List<Report>>> extraTrials = new HashMap<>();

    public Verifier(GateSpec spec, TrialSource trials, boolean confirmRegressions) {
        this.spec = spec;
        this.trials = trials;
        this.confirmRegressions = confirmRegressions;
    }

    /** Verifies without extra Trials. */
    public static GateReport verify(VnfBr candidate, GateSpec spec, Baseline baseline) {
        return new Verifier(spec, TrialSource.none(), false).verify(candidate, baseline);
    }

    /**
     * Why the candidate cannot be compared with the baseline at all, if so: the candidate has no outputs, or no Test
     * key of the candidate occurs in any baseline run. (Some keys missing is normal: those rows say NO_BASELINE.)
     */
    public static java.util.Optional<String> whyNotComparable(VnfBr candidate, Baseline baseline) {
        if (candidate.outputs().isEmpty()) {
            return java.util.Optional.of("the candidate has no outputs (was it run?)");
        }
        Set<String> cand = new LinkedHashSet<>();
        candidate.outputs().forEach(o -> cand.add(TestKey.of(o)));
        Set<String> base = new LinkedHashSet<>();
        baseline.runs().forEach(r -> r.report().outputs().forEach(o -> base.add(TestKey.of(o))));
        if (base.stream().noneMatch(cand::contains)) {
            return java.util.Optional.of("the baseline (" + baseline.id() + ") shares no Test key with the candidate: "
                    + "candidate " + cand + ", baseline " + base + " (different variables?)");
        }
        return java.util.Optional.empty();
    }

    public GateReport verify(VnfBr candidate, Baseline baseline) {
        List<String> warnings = new ArrayList<>();
        Map<SampleExtractor.Key, SampleExtractor.Extracted> cand = SampleExtractor.extract(candidate, spec);
        List<Map<SampleExtractor.Key, SampleExtractor.Extracted>> base = new ArrayList<>();
        for (Baseline.Run run : baseline.runs()) {
            base.add(SampleExtractor.extract(run.report(), spec));
        }
        checkTestbeds(cand, base, warnings);
        Set<String> gatesWithSamples = new LinkedHashSet<>();
        cand.forEach((k, e) -> {
            if (e.values().length > 0 || !e.errors().isEmpty()) {
                gatesWithSamples.add(k.gate());
            }
        });
        List<VerdictRow> rows = new ArrayList<>();
        for (Map.Entry<SampleExtractor.Key, SampleExtractor.Extracted> e : cand.entrySet()) {
            MetricGate gate = gate(e.getKey().gate());
            rows.add(row(e.getKey(), gate, e.getValue(), base, baseline, gatesWithSamples.contains(gate.name())));
        }
        for (MetricGate g : spec.metrics()) {
            if (cand.keySet().stream().noneMatch(k -> k.gate().equals(g.name()))) {
                warnings.add("gate " + g.name() + " matches no Test of the candidate"
                        + (g.selector().testPattern() == null ? "" : " (tests: " + g.selector().testPattern() + ")"));
            }
        }
        Set<String> candidateKeys = new LinkedHashSet<>();
        cand.keySet().forEach(k -> candidateKeys.add(k.testKey()));
        Set<String> baselineKeys = new LinkedHashSet<>();
        base.forEach(m -> m.keySet().forEach(k -> baselineKeys.add(k.testKey())));
        baselineKeys.removeAll(candidateKeys);
        if (!baselineKeys.isEmpty()) {
            warnings.add("Test keys in the baseline but not in the candidate: " + String.join("; ", baselineKeys));
        }
        GateOutcome result = GateOutcome.PASSED;
        for (VerdictRow r : rows) {
            boolean fails = r.verdict() == Verdict.REGRESSION
                    || (r.verdict() == Verdict.ERROR && spec.errorsFail())
                    || (r.verdict() == Verdict.INCONCLUSIVE && spec.strict());
            if (fails) {
                result = GateOutcome.FAILED;
            }
            switch (r.verdict()) {
                case INCONCLUSIVE -> warnings.add(r.testKey() + " " + r.gate() + ": inconclusive"
                        + (spec.strict() ? " (fails the gate: strict)" : " (passes with this warning; --strict fails it)"));
                case NO_BASELINE -> warnings.add(r.testKey() + " " + r.gate() + ": no baseline");
                case ERROR -> warnings.add(r.testKey() + " " + r.gate() + ": measurement failed"
                        + (spec.errorsFail() ? "" : " (errors_fail is off: not failing the gate)"));
                default -> {
                }
            }
        }
        return new GateReport(baseline.id(), rows, result, warnings);
    }

    private MetricGate gate(String name) {
        return spec.metrics().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private VerdictRow row(SampleExtractor.Key key, MetricGate gate, SampleExtractor.Extracted c,
                           List<Map<SampleExtractor.Key, SampleExtractor.Extracted>> base, Baseline baseline,
                           boolean gateHasSamples) {
        String limit = limit(gate);
        double cMedian = c.values().length == 0 ? Double.NaN : Samples.median(c.values());
        if (c.skipped()) {
            return row(key, gate, Verdict.SKIPPED, "-", 0, 0, Double.NaN, Double.NaN, limit,
                    "the Test was not run (skipped by the plan)");
        }
        if (!c.errors().isEmpty()) {
            String more = c.errors().size() > 1 ? " (and " + (c.errors().size() - 1) + " more)" : "";
            return row(key, gate, Verdict.ERROR, "-", 0, c.values().length, Double.NaN, cMedian, limit,
                    "measurement failed: " + c.errors().get(0) + more);
        }
        if (c.values().length == 0) {
            return gateHasSamples
                    ? row(key, gate, Verdict.SKIPPED, "-", 0, 0, Double.NaN, Double.NaN, limit,
                            "no samples of " + gate.selector().label() + " in this Test")
                    : row(key, gate, Verdict.ERROR, "-", 0, 0, Double.NaN, Double.NaN, limit, "no samples of "
                            + gate.selector().label() + " in any Test of the candidate: check the source and metric names");
        }
        if (gate.bound() != null && gate.bound().isSet()) {
            var broken = gate.bound().violation(c.values());
            if (broken.isPresent()) {
                return row(key, gate, Verdict.REGRESSION, "absolute", 0, c.values().length, Double.NaN, cMedian, limit,
                        broken.get());
            }
        }
        if (gate.relative() == null) {
            return row(key, gate, Verdict.PASS, "absolute", 0, c.values().length, Double.NaN, cMedian, limit,
                    "within the absolute bounds");
        }
        List<double[]> builds = new ArrayList<>();
        List<String> baselineErrors = new ArrayList<>();
        for (Map<SampleExtractor.Key, SampleExtractor.Extracted> run : base) {
            SampleExtractor.Extracted b = run.get(key);
            if (b != null && b.values().length > 0) {
                builds.add(b.values());
            } else if (b != null) {
                baselineErrors.addAll(b.errors());
            }
        }
        if (builds.isEmpty()) {
            boolean known = base.stream().anyMatch(m -> m.containsKey(key));
            return row(key, gate, Verdict.NO_BASELINE, "-", 0, c.values().length, Double.NaN, cMedian, limit,
                    !known ? "the baseline has no Test with this key"
                            : baselineErrors.isEmpty() ? "the baseline has no samples of " + gate.selector().label()
                            : "the baseline's measurement failed: " + baselineErrors.get(0));
        }
        Comparison cmp = compare(key, gate, c.values(), builds, baseline.history());
        return new VerdictRow(key.testKey(), gate.name(), gate.selector(), gate.direction(), cmp.verdict(),
                cmp.method(), cmp.baselineCount(), cmp.candidateCount(), cmp.baselineMedian(), cmp.candidateMedian(),
                cmp.change(), cmp.pValue(), limit, cmp.reason());
    }

    private Comparison compare(SampleExtractor.Key key, MetricGate gate, double[] candidate, List<double[]> builds,
                               boolean history) {
        Criteria criteria = gate.relative();
        if (history) {
            NoiseModel noise = NoiseModel.fromBuilds(builds, true);
            if (noise.usable()) {
                return SequentialTest.run(noise, criteria, candidate, supply(key, gate));
            }
        }
        double[] baselineSamples = builds.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        Comparison first = SampleComparator.compare(baselineSamples, candidate, criteria);
        if (first.verdict() != Verdict.REGRESSION || !confirmRegressions) {
            return history ? withReason(first, first.reason() + " (history too short to pool its noise: "
                    + builds.size() + " runs)") : first;
        }
        // Confirm on a re-run: the same number of fresh Trials must show the regression again.
        SampleSupply more = supply(key, gate);
        double[] fresh = new double[candidate.length];
        int n = 0;
        while (n < fresh.length) {
            OptionalDouble x = more.next();
            if (x.isEmpty()) {
                break;
            }
            fresh[n++] = x.getAsDouble();
        }
        if (n == 0) {
            return withReason(first, first.reason() + " (not re-run: no Trials available to confirm)");
        }
        Comparison again = SampleComparator.compare(baselineSamples, java.util.Arrays.copyOf(fresh, n), criteria);
        if (again.verdict() == Verdict.REGRESSION) {
            return withReason(again, again.reason() + "; confirmed on a re-run of " + n + " Trials");
        }
        return new Comparison(Verdict.INCONCLUSIVE, again.method(), again.baselineCount(), again.candidateCount(),
                again.baselineMedian(), again.candidateMedian(), again.change(), again.pValue(), again.tolerance(),
                "regression (" + first.reason() + ") not confirmed on a re-run of " + n + " Trials: " + again.verdict());
    }

    /** Extra samples of one gate at one Test key, from Trials shared by every gate of that key. */
    private SampleSupply supply(SampleExtractor.Key key, MetricGate gate) {
        List<List<Report>> cache = extraTrials.computeIfAbsent(key.testKey(), k -> new ArrayList<>());
        return new SampleSupply() {
            private int trial;
            private final java.util.ArrayDeque<Double> buffer = new java.util.ArrayDeque<>();
            private boolean exhausted;

            @Override
            public OptionalDouble next() {
                while (buffer.isEmpty() && !exhausted) {
                    if (trial == cache.size()) {
                        List<Report> reports = trials.runTrial(key.testKey());
                        if (reports.isEmpty()) {
                            exhausted = true;
                            break;
                        }
                        cache.add(reports);
                    }
                    SampleExtractor.Extracted e = SampleExtractor.extract(cache.get(trial++), gate.selector());
                    if (!e.errors().isEmpty()) {
                        exhausted = true; // a failed extra Trial ends the supply; the gate decides on what it has
                        break;
                    }
                    for (double v : e.values()) {
                        buffer.add(v);
                    }
                }
                return buffer.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(buffer.poll());
            }
        };
    }

    private static Comparison withReason(Comparison c, String reason) {
        return new Comparison(c.verdict(), c.method(), c.baselineCount(), c.candidateCount(), c.baselineMedian(),
                c.candidateMedian(), c.change(), c.pValue(), c.tolerance(), reason);
    }

    private static VerdictRow row(SampleExtractor.Key key, MetricGate gate, Verdict verdict, String method, int nb,
                                  int nc, double bMedian, double cMedian, String limit, String reason) {
        return new VerdictRow(key.testKey(), gate.name(), gate.selector(), gate.direction(), verdict, method, nb,
                nc, bMedian, cMedian, Double.NaN, Double.NaN, limit, reason);
    }

    private static String limit(MetricGate gate) {
        List<String> parts = new ArrayList<>();
        Criteria c = gate.relative();
        if (c != null) {
            parts.add(String.format(Locale.ROOT, "%s%s at %s", c.direction() == Direction.HIGHER_IS_BETTER ? "-" : "+",
                    SampleComparator.pct(c.tolerance()), SampleComparator.fmt(c.confidence())));
        }
        if (gate.bound() != null && gate.bound().isSet()) {
            parts.add(gate.bound().describe());
        }
        return String.join("; ", parts);
    }

    private static void checkTestbeds(Map<SampleExtractor.Key, SampleExtractor.Extracted> cand,
                                      List<Map<SampleExtractor.Key, SampleExtractor.Extracted>> base, List<String> warnings) {
        Set<String> c = new LinkedHashSet<>();
        cand.values().forEach(e -> c.addAll(e.testbeds()));
        Set<String> b = new LinkedHashSet<>();
        base.forEach(m -> m.values().forEach(e -> b.addAll(e.testbeds())));
        if (!b.isEmpty() && !c.isEmpty() && !b.equals(c)) {
            warnings.add("testbeds differ: candidate on " + String.join(", ", c) + ", baseline on " + String.join(", ", b)
                    + "; comparing across testbeds mixes machine differences into the verdicts");
        }
    }
}
