package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.TestKey;
import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import io.vnfbench.engine.verify.SampleExtractor.Extracted;
import io.vnfbench.engine.verify.SampleExtractor.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a candidate VNF-BR against a baseline: one verdict per Test key × gated metric, one per metric over all
 * Test keys together ({@code *}), then the overall result.
 *
 * <p>Per row: the Test was not run → SKIPPED; a measurement failed, or the metric or the Test is missing → ERROR; an
 * absolute bound is broken → REGRESSION; otherwise the anytime-valid {@link Decision} on the {@link Evidence} the
 * {@link Design} gives (NO_BASELINE when the baseline has no samples for the key). Every verdict is a function of the
 * set of Trials only, so their order never changes it; each row also says after how many Trials it held. Each metric's
 * share of the build's false-alarm budget is split evenly over its rows, half of it kept for the combined row.
 */
public final class Verifier {
    private final GateSpec spec;

    public Verifier(GateSpec spec) {
        this.spec = spec;
    }

    /** Verifies the candidate against the baseline. */
    public static GateReport verify(VnfBr candidate, GateSpec spec, Baseline baseline) {
        return new Verifier(spec).verify(candidate, baseline);
    }

    /**
     * Why the candidate cannot be compared with the baseline at all, if so: the candidate has no outputs, or no Test
     * key of the candidate occurs in any baseline run. (Some keys missing is normal: those rows say ERROR.)
     */
    public static Optional<String> whyNotComparable(VnfBr candidate, Baseline baseline) {
        if (candidate.outputs().isEmpty()) {
            return Optional.of("the candidate has no outputs (was it run?)");
        }
        Set<String> cand = new LinkedHashSet<>();
        candidate.outputs().forEach(o -> cand.add(TestKey.of(o)));
        Set<String> base = new LinkedHashSet<>();
        baseline.runs().forEach(r -> r.report().outputs().forEach(o -> base.add(TestKey.of(o))));
        if (base.stream().noneMatch(cand::contains)) {
            return Optional.of("the baseline (" + baseline.id() + ") shares no Test key with the candidate: "
                    + "candidate " + cand + ", baseline " + base + " (different variables?)");
        }
        return Optional.empty();
    }

    /** As {@link #whyNotComparable(VnfBr, Baseline)}, and also: a gated metric is in units that cannot be converted. */
    public static Optional<String> whyNotComparable(VnfBr candidate, Baseline baseline, GateSpec spec) {
        Optional<String> keys = whyNotComparable(candidate, baseline);
        if (keys.isPresent()) {
            return keys;
        }
        Map<Key, Extracted> cand = SampleExtractor.extract(candidate, spec);
        List<Map<Key, Extracted>> base = baseline.runs().stream().map(r -> SampleExtractor.extract(r.report(), spec)).toList();
        return Units.check(cand, base, baseline.runs().stream().map(Baseline.Run::id).toList());
    }

    /**
     * Verifies an interleaved run: the candidate version's Tests against the baseline version's Tests of the same run,
     * pairwise by Test number.
     *
     * @throws IncomparableException when the run has no Tests of one of the versions, or units do not convert
     */
    public static GateReport verifyInterleaved(VnfBr run, GateSpec spec, Interleaving ab) {
        VnfBr a = ab.arm(run, ab.baseline());
        VnfBr b = ab.arm(run, ab.candidate());
        if (a.outputs().isEmpty() || b.outputs().isEmpty()) {
            throw new IncomparableException("interleaved run without Tests of both versions: " + a.outputs().size()
                    + " outputs with " + ab.variable() + "=" + ab.baseline() + ", " + b.outputs().size() + " with "
                    + ab.variable() + "=" + ab.candidate());
        }
        return new Verifier(spec).compare(b, List.of(new Baseline.Run(ab.variable() + "=" + ab.baseline(), a)),
                Design.PAIRED, ab.toString());
    }

    public GateReport verify(VnfBr candidate, Baseline baseline) {
        return compare(candidate, baseline.runs(), baseline.history() ? Design.HISTORY : Design.TWO_RUN, baseline.id());
    }

    /**
     * Compares the candidate with the runs in the design's way.
     *
     * @throws IncomparableException when a gated metric's units differ between candidate and baseline and cannot be
     *     converted
     */
    GateReport compare(VnfBr candidate, List<Baseline.Run> allRuns, Design design, String baselineId) {
        List<Baseline.Run> runs = allRuns;
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Key, Extracted> cand = SampleExtractor.extract(candidate, spec);
        List<Map<Key, Extracted>> base = new ArrayList<>(
                allRuns.stream().map(r -> SampleExtractor.extract(r.report(), spec)).toList());
        Units.check(cand, base, runs.stream().map(Baseline.Run::id).toList()).ifPresent(why -> {
            throw new IncomparableException(why);
        });
        List<Integer> same = Testbeds.matching(cand, base);
        if (design == Design.HISTORY && same.size() >= Estimators.MIN_HISTORY_RUNS && same.size() < runs.size()) {
            notes.add("history: " + same.size() + " of " + runs.size() + " runs are on the candidate's testbed; "
                    + "only those are compared");
            runs = same.stream().map(allRuns::get).toList();
            List<Map<Key, Extracted>> kept = same.stream().map(base::get).toList();
            base.clear();
            base.addAll(kept);
        }
        List<VerdictRow> rows = new ArrayList<>();
        Testbeds.check(cand, base, design).ifPresent(rows::add);
        Set<String> gatesWithSamples = new LinkedHashSet<>();
        cand.forEach((k, e) -> {
            if (e.trials() > 0 || !e.errors().isEmpty()) {
                gatesWithSamples.add(k.gate());
            }
        });
        for (MetricGate gate : spec.metrics()) {
            List<Map.Entry<Key, Extracted>> keys = cand.entrySet().stream()
                    .filter(e -> e.getKey().gate().equals(gate.name())).toList();
            if (keys.isEmpty()) {
                warnings.add("gate " + gate.name() + " matches no Test of the candidate"
                        + (gate.selector().testPattern() == null ? "" : " (tests: " + gate.selector().testPattern() + ")"));
            }
            long compared = keys.stream().filter(e -> !e.getValue().skipped()).count();
            Criteria relative = gate.relative();
            double family = relative == null ? Double.NaN : relative.alpha();
            boolean combined = compared >= 2;
            double alphaRow = relative == null ? Double.NaN : rowAlpha(relative, compared);
            List<Systemic.Part> parts = new ArrayList<>();
            for (Map.Entry<Key, Extracted> e : keys) {
                List<List<Deployment>> baseRuns = new ArrayList<>();
                rows.add(row(e.getKey(), gate, e.getValue(), base, runs, design, alphaRow,
                        gatesWithSamples.contains(gate.name()), baseRuns, parts, warnings));
            }
            rows.addAll(missingKeys(gate, cand, base));
            if (combined && gate.relative() != null && parts.size() >= 2) {
                rows.add(systemicRow(gate, parts, design, family / 2));
            }
            if (gate.relative() != null && compared > 0) {
                notes.add(String.format(Locale.ROOT, "%s: false-alarm share %s of the build's %s, %s",
                        gate.name(), pct(family), pct(spec.falseAlarmBudget()), combined
                                ? String.format(Locale.ROOT, "%d Test keys at %s each and %s for all keys together",
                                compared, pct(alphaRow), pct(family / 2))
                                : "one Test key"));
            }
        }
        Set<String> only = new LinkedHashSet<>();
        base.forEach(run -> run.keySet().forEach(k -> only.add(k.testKey())));
        cand.keySet().forEach(k -> only.remove(k.testKey()));
        if (!only.isEmpty()) {
            warnings.add("Test keys in the baseline but not in the candidate: " + String.join("; ", only));
        }
        notes.add(0, String.format(Locale.ROOT, "an unchanged build fails this gate falsely with probability at most %s "
                + "(confidence %s for the whole build, all rows together)", pct(spec.falseAlarmBudget()),
                VerdictTable.number(1 - spec.falseAlarmBudget())));
        return new GateReport(baselineId, rows, result(rows, warnings), warnings, notes);
    }

    private VerdictRow row(Key key, MetricGate gate, Extracted c, List<Map<Key, Extracted>> base,
                           List<Baseline.Run> runs, Design design, double alpha, boolean gateHasSamples,
                           List<List<Deployment>> baseRuns, List<Systemic.Part> parts, List<String> warnings) {
        String limit = limit(gate, alpha);
        double cMedian = c.trials() == 0 ? Double.NaN : Samples.median(c.values());
        if (c.skipped()) {
            return plain(key, gate, Verdict.SKIPPED, "-", 0, 0, Double.NaN, limit, "the Test was not run (skipped by the plan)");
        }
        if (!c.errors().isEmpty()) {
            String more = c.errors().size() > 1 ? " (and " + (c.errors().size() - 1) + " more)" : "";
            return plain(key, gate, Verdict.ERROR, "-", c.trials(), 0, cMedian, limit,
                    "measurement failed: " + c.errors().get(0) + more);
        }
        if (c.trials() == 0) {
            return plain(key, gate, Verdict.ERROR, "-", 0, 0, Double.NaN, limit, gateHasSamples
                    ? "no samples of " + gate.selector().label() + " in this Test while other Tests have them "
                            + "(did a prober stop reporting?)"
                    : "no samples of " + gate.selector().label() + " in any Test of the candidate: check the source "
                            + "and metric names");
        }
        if (gate.bound() != null && gate.bound().isSet()) {
            var broken = gate.bound().violation(c.values());
            if (broken.isPresent()) {
                return plain(key, gate, Verdict.REGRESSION, "absolute", c.trials(), 0, cMedian, limit, broken.get());
            }
        }
        Criteria criteria = gate.relative();
        if (criteria == null) {
            return plain(key, gate, Verdict.PASS, "absolute", c.trials(), 0, cMedian, limit, "within the absolute bounds");
        }
        List<String> dropped = new ArrayList<>();
        boolean known = false;
        for (int i = 0; i < base.size(); i++) {
            Extracted b = base.get(i).get(key);
            b = b == null ? null : b.in(c.unit());
            known |= b != null;
            baseRuns.add(b == null ? List.of() : b.deployments());
            if (b != null && b.failedTrials() > 0) {
                dropped.add(String.format(Locale.ROOT, "%s: %d failed Trial%s left out (%s)", runs.get(i).id(),
                        b.failedTrials(), b.failedTrials() == 1 ? "" : "s", b.errors().get(0)));
            }
        }
        if (baseRuns.stream().allMatch(List::isEmpty)) {
            return plain(key, gate, Verdict.NO_BASELINE, "-", c.trials(), 0, cMedian, limit,
                    !known ? "the baseline has no Test with this key"
                            : dropped.isEmpty() ? "the baseline has no samples of " + gate.selector().label()
                            : "the baseline's measurements failed: " + dropped.get(0));
        }
        dropped.forEach(d -> warnings.add(key.testKey() + " " + gate.name() + ": baseline " + d));
        Comparison cmp;
        int decidedAt = 0;
        if (fixedTest(criteria)) {
            cmp = statistics(design, criteria, c.deployments(), baseRuns, alpha);
        } else {
            Evidence ev = design.evidence(baseRuns, c.deployments());
            cmp = Decision.decide(ev, criteria, alpha);
            decidedAt = decidedAt(design, baseRuns, c, criteria, alpha, cmp);
            parts.add(new Systemic.Part(key.testKey(), c.deployments(), baseRuns, ev));
            if (!ev.notes().isEmpty()) {
                cmp = cmp.withReason(cmp.reason() + " [" + String.join("; ", ev.notes()) + "]");
            }
        }
        if (!dropped.isEmpty()) {
            cmp = cmp.withReason(cmp.reason() + " [baseline " + String.join("; ", dropped) + "]");
        }
        return fromComparison(key.testKey(), gate, cmp, limit, decidedAt);
    }

    /** Whether the criteria ask for one of the fixed two-sample tests instead of the sequential rule. */
    static boolean fixedTest(Criteria criteria) {
        return criteria.method() == Method.WELCH || criteria.method() == Method.MANN_WHITNEY;
    }

    /** The statistical outcome of one row on these samples (shared with the live gate). */
    static Comparison statistics(Design design, Criteria criteria, List<Deployment> candidate,
                                 List<List<Deployment>> baseRuns, double alpha) {
        if (fixedTest(criteria)) {
            double[] b = baseRuns.stream().flatMap(List::stream).flatMapToDouble(d -> java.util.Arrays.stream(d.values()))
                    .toArray();
            double[] c = candidate.stream().flatMapToDouble(d -> java.util.Arrays.stream(d.values())).toArray();
            return SampleComparator.compare(b, c, criteria, alpha);
        }
        return Decision.decide(design.evidence(baseRuns, candidate), criteria, alpha);
    }

    /** The false-alarm level of one row of a gate compared on {@code keys} Test keys (half kept for the combined row). */
    static double rowAlpha(Criteria criteria, long keys) {
        return keys >= 2 ? criteria.alpha() / 2 / keys : criteria.alpha();
    }

    /**
     * After how many candidate units (Test then Trial order) the final verdict held for good: the verdict on every
     * longer prefix equals the final one. 0 when the final verdict is undecided.
     */
    private static int decidedAt(Design design, List<List<Deployment>> baseRuns, Extracted c, Criteria criteria,
                                 double alpha, Comparison last) {
        if (!last.decided()) {
            return 0;
        }
        int n = design.units(c);
        int from = n;
        for (int k = n - 1; k >= 1; k--) {
            Comparison at = Decision.decide(design.evidence(baseRuns, design.prefix(c, k)), criteria,
                    alpha);
            if (!at.decided() || at.verdict() != last.verdict()) {
                break;
            }
            from = k;
        }
        return from;
    }

    private VerdictRow systemicRow(MetricGate gate, List<Systemic.Part> parts, Design design, double alpha) {
        Criteria criteria = Objects.requireNonNull(gate.relative(), "a systemic row compares relative criteria");
        Evidence ev = Systemic.evidence(design, parts);
        Comparison cmp = Decision.decide(ev, criteria, alpha);
        String reason = cmp.reason() + " [" + String.join("; ", ev.notes()) + "]";
        return fromComparison(VerdictRow.ALL_TESTS, gate, cmp.withReason(reason), limit(gate, alpha), 0);
    }

    /**
     * Test keys the baseline has but the candidate lacks: a Test that did not run is an error, never a silent pass (also
     * when the plan changed and no key is shared: the candidate's own rows then say NO_BASELINE).
     */
    private List<VerdictRow> missingKeys(MetricGate gate, Map<Key, Extracted> cand, List<Map<Key, Extracted>> base) {
        Set<String> present = new LinkedHashSet<>();
        cand.keySet().forEach(k -> present.add(k.testKey()));
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (Map<Key, Extracted> run : base) {
            run.forEach((k, e) -> {
                if (k.gate().equals(gate.name()) && !present.contains(k.testKey()) && e.trials() > 0) {
                    missing.merge(k.testKey(), 1, Integer::sum);
                }
            });
        }
        List<VerdictRow> rows = new ArrayList<>();
        missing.forEach((key, n) -> rows.add(plain(new Key(key, gate.name()), gate, Verdict.ERROR, "-", 0, 0, Double.NaN,
                limit(gate, Double.NaN), "the candidate has no Test with this key; " + n + " baseline run"
                        + (n == 1 ? " has" : "s have") + " it")));
        return rows;
    }

    private GateOutcome result(List<VerdictRow> rows, List<String> warnings) {
        GateOutcome result = GateOutcome.PASSED;
        for (VerdictRow r : rows) {
            if (spec.failsOn(r.verdict())) {
                result = GateOutcome.FAILED;
            }
            String strictness = spec.strict() ? " (fails the gate: strict)" : " (passes with this warning; --strict fails it)";
            switch (r.verdict()) {
                case INCONCLUSIVE -> warnings.add(r.testKey() + " " + r.gate() + ": inconclusive" + strictness);
                case NO_BASELINE -> warnings.add(r.testKey() + " " + r.gate() + ": no baseline" + strictness);
                case ERROR -> warnings.add(r.testKey() + " " + r.gate() + ": " + r.reason()
                        + (spec.errorsFail() ? "" : " (errors_fail is off: not failing the gate)"));
                default -> {
                }
            }
        }
        return result;
    }

    private static VerdictRow fromComparison(String testKey, MetricGate gate, Comparison cmp, String limit, int decidedAt) {
        Decision.Interval iv = cmp.interval();
        return new VerdictRow(testKey, gate.name(), gate.selector(), gate.direction(), cmp.verdict(),
                cmp.method(), cmp.baselineCount(), cmp.candidateCount(), cmp.baselineMedian(), cmp.candidateMedian(),
                cmp.change(), cmp.pValue(), limit, cmp.reason(), decidedAt, iv.lower(), iv.upper(), iv.detectable(),
                iv.alpha());
    }

    private static VerdictRow plain(Key key, MetricGate gate, Verdict verdict, String method, int nc, int nb,
                                    double cMedian, String limit, String reason) {
        return new VerdictRow(key.testKey(), gate.name(), gate.selector(), gate.direction(), verdict, method, nb,
                nc, Double.NaN, cMedian, Double.NaN, Double.NaN, limit, reason);
    }

    private static String limit(MetricGate gate, double alpha) {
        List<String> parts = new ArrayList<>();
        Criteria c = gate.relative();
        if (c != null) {
            parts.add(String.format(Locale.ROOT, "%s%s%s", c.direction() == Direction.HIGHER_IS_BETTER ? "-" : "+",
                    SampleComparator.pct(c.tolerance()), Double.isNaN(alpha) ? "" : " at " + VerdictTable.number(1 - alpha)));
        }
        if (gate.bound() != null && gate.bound().isSet()) {
            parts.add(gate.bound().describe());
        }
        return String.join("; ", parts);
    }

    static String pct(double fraction) {
        return VerdictTable.number(fraction * 100) + " %";
    }
}
