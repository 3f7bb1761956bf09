package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import io.vnfbench.engine.verify.SampleExtractor.Extracted;
import io.vnfbench.engine.verify.SampleExtractor.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gate's side of live sequential Trials. After the planned Trials of a Test key's last Test, while its
 * deployment is still up, the runner asks {@link #next}: one more Trial is wanted while a gated row of the key is
 * undecided, its Test has fewer than {@code max_samples} Trials, and the run's budget of extra Trials allows it. The
 * budget is shared fairly: a key may use at most the budget left divided by the keys still to come (itself included),
 * so early keys cannot starve late ones. Because the confidence sequence holds at every look, stopping as soon as a
 * row is decided keeps the gate's error rates; the final verdicts come from {@link Verifier} on the finished VNF-BR.
 */
public final class LiveGate {
    private final GateSpec spec;
    private final Design design;
    private final List<Map<Key, Extracted>> baseline;
    private final Map<String, Long> keysPerGate = new HashMap<>();
    private final List<String> plannedKeys;
    private final Map<String, Integer> extraPerKey = new LinkedHashMap<>();
    private final Map<String, Integer> allowance = new HashMap<>();
    private int budgetLeft;

    /** What the gate wants after a Trial, and why. */
    public record Request(boolean anotherTrial, String reason) {
    }

    /**
     * @param plannedTestKeys the Test keys the run will measure, in run order (skipped instances left out)
     * @param extraTrials     most extra Trials the whole run may add
     */
    public LiveGate(GateSpec spec, Baseline baseline, List<String> plannedTestKeys, int extraTrials) {
        this(spec, baseline.history() ? Design.HISTORY : Design.TWO_RUN,
                baseline.runs().stream().map(Baseline.Run::report).toList(), plannedTestKeys, extraTrials);
    }

    LiveGate(GateSpec spec, Design design, List<VnfBr> baselineRuns, List<String> plannedTestKeys, int extraTrials) {
        this.spec = spec;
        this.design = design;
        this.baseline = baselineRuns.stream().map(r -> SampleExtractor.extract(r, spec)).toList();
        this.plannedKeys = List.copyOf(plannedTestKeys);
        this.budgetLeft = Math.max(0, extraTrials);
        for (MetricGate g : spec.metrics()) {
            keysPerGate.put(g.name(), plannedTestKeys.stream().filter(g.selector()::matchesTest).count());
        }
    }

    /** Extra Trials the run may still add. */
    public int budgetLeft() {
        return budgetLeft;
    }

    /** Extra Trials granted so far, per Test key. */
    public Map<String, Integer> extraTrials() {
        return Map.copyOf(extraPerKey);
    }

    /**
     * Whether to run one more Trial of {@code testKey}; a yes is counted against the budget.
     *
     * @param reports every report (Test) of this key so far, the last one being the Test still deployed
     */
    public Request next(String testKey, List<Report> reports) {
        List<String> undecided = new ArrayList<>();
        int lastTestTrials = 0;
        for (MetricGate gate : spec.metrics()) {
            Criteria criteria = gate.relative();
            if (criteria == null || Verifier.fixedTest(criteria) || !gate.selector().matchesTest(testKey)) {
                continue;
            }
            Extracted c = SampleExtractor.extract(reports, gate.selector());
            if (!c.errors().isEmpty()) {
                return new Request(false, gate.name() + ": a measurement failed, more Trials cannot fix that");
            }
            if (c.trials() == 0) {
                continue;
            }
            lastTestTrials = Math.max(lastTestTrials, c.deployments().get(c.deployments().size() - 1).size());
            List<List<Deployment>> baseRuns = new ArrayList<>();
            for (Map<Key, Extracted> run : baseline) {
                Extracted b = run.get(new Key(testKey, gate.name()));
                b = b == null ? null : b.in(c.unit());
                baseRuns.add(b == null ? List.of() : b.deployments());
            }
            if (baseRuns.stream().allMatch(List::isEmpty)) {
                continue; // NO_BASELINE: more Trials do not help
            }
            double alpha = Verifier.rowAlpha(criteria, keysPerGate.getOrDefault(gate.name(), 1L));
            Comparison cmp = Verifier.statistics(design, criteria, c.deployments(), baseRuns, alpha);
            if (!cmp.decided()) {
                undecided.add(gate.name() + " (" + cmp.reason() + ")");
            }
        }
        if (undecided.isEmpty()) {
            return new Request(false, "every gated metric of " + testKey + " is decided");
        }
        int maxSamples = spec.metrics().stream().filter(g -> g.relative() != null)
                .mapToInt(g -> g.relative().maxSamples()).max().orElse(Criteria.DEFAULT_MAX_SAMPLES);
        if (lastTestTrials >= maxSamples) {
            return new Request(false, String.format(Locale.ROOT, "max_samples (%d) reached, undecided: %s", maxSamples,
                    String.join("; ", undecided)));
        }
        int share = allowance.computeIfAbsent(testKey, k -> {
            int position = plannedKeys.indexOf(k);
            int keysLeft = position < 0 ? 1 : plannedKeys.size() - position;
            return budgetLeft / Math.max(1, keysLeft);
        });
        int used = extraPerKey.getOrDefault(testKey, 0);
        if (budgetLeft <= 0 || used >= share) {
            return new Request(false, String.format(Locale.ROOT, "this key's share of the run's extra Trials (%d) is "
                    + "spent; undecided: %s", share, String.join("; ", undecided)));
        }
        budgetLeft--;
        extraPerKey.merge(testKey, 1, Integer::sum);
        return new Request(true, "undecided: " + String.join("; ", undecided));
    }
}
