package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
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
 * deployment is still up, the runner asks {@link #next}; in an interleaved run, after each A B B A block of a cell,
 * {@link #nextBlock}. One more Trial (block) is wanted while a gated row of the key is
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

    /**
     * For an interleaved run: the baseline is the A version's Tests of the same run, handed to {@link #nextBlock}.
     *
     * @param plannedCells the cells (Test keys without the version variable) in run order
     */
    public LiveGate(GateSpec spec, List<String> plannedCells, int extraTrials) {
        this(spec, Design.PAIRED, List.of(), plannedCells, extraTrials);
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
        return ask(testKey, reports, null, 1);
    }

    /**
     * Interleaved runs: whether to run one more A B B A block (four fresh deployments of {@code trialsPerTest} Trials)
     * of this cell, given the baseline version's and the candidate version's reports so far; a yes is counted against
     * the budget (4 × {@code trialsPerTest} Trials).
     */
    public Request nextBlock(String cell, List<Report> baselineVersion, List<Report> candidateVersion,
                             int trialsPerTest) {
        return ask(cell, candidateVersion, baselineVersion, 4 * trialsPerTest);
    }

    private Request ask(String testKey, List<Report> reports, @CheckForNull List<Report> pairedBaseline, int cost) {
        List<String> undecided = new ArrayList<>();
        int units = 0;
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
            units = Math.max(units, pairedBaseline != null ? c.deployments().size()
                    : c.deployments().get(c.deployments().size() - 1).size());
            List<List<Deployment>> baseRuns = new ArrayList<>();
            if (pairedBaseline != null) {
                baseRuns.add(SampleExtractor.extract(pairedBaseline, gate.selector()).in(c.unit()).deployments());
            } else {
                for (Map<Key, Extracted> run : baseline) {
                    Extracted b = run.get(new Key(testKey, gate.name()));
                    baseRuns.add(b == null ? List.of() : b.in(c.unit()).deployments());
                }
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
        if (units >= maxSamples) {
            return new Request(false, String.format(Locale.ROOT, "max_samples (%d %s) reached, undecided: %s", maxSamples,
                    pairedBaseline != null ? "pairs" : "Trials per Test", String.join("; ", undecided)));
        }
        int share = allowance.computeIfAbsent(testKey, k -> {
            int position = plannedKeys.indexOf(k);
            int keysLeft = position < 0 ? 1 : plannedKeys.size() - position;
            return budgetLeft / Math.max(1, keysLeft);
        });
        int used = extraPerKey.getOrDefault(testKey, 0);
        if (used + cost > share || cost > budgetLeft) {
            return new Request(false, String.format(Locale.ROOT, "this key's share of the run's extra Trials (%d) is "
                    + "spent; undecided: %s", share, String.join("; ", undecided)));
        }
        budgetLeft -= cost;
        extraPerKey.merge(testKey, cost, Integer::sum);
        return new Request(true, "undecided: " + String.join("; ", undecided));
    }
}
