package io.vnfbench.engine.verify;

import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import io.vnfbench.engine.verify.SampleExtractor.Extracted;
import io.vnfbench.engine.verify.SampleExtractor.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Power planning before a run: from the baseline's noise, how many Trials each Test key × gated metric needs so that a
 * regression of {@code detect} is caught with the configured power at the row's share of the build's false-alarm
 * budget, and whether {@code max_samples} and the run's budget of Trials can reach it. The smallest regression a run
 * could detect after the fact is each verdict row's {@code detectable}.
 */
public final class GatePlan {

    /**
     * One row's plan.
     *
     * @param trialsNeeded    Trials in the Test the gate extends for the target (0 when max_samples cannot reach it)
     * @param detectablePlanned smallest regression detectable with the planned Trials
     * @param detectableMax   smallest regression detectable with max_samples Trials
     */
    public record Row(String testKey, String gate, int trialsNeeded, double detectablePlanned, double detectableMax) {
    }

    /** The plan: rows, the Trials the run would need, and warnings when the target is out of reach. */
    public record Plan(List<Row> rows, int plannedTrials, int neededTrials, int budgetTrials, List<String> warnings) {

        /** What to print before the run. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "gate plan: %d Trials planned, about %d needed to detect every "
                    + "gated regression, budget %d%n", plannedTrials, neededTrials, budgetTrials));
            for (String w : warnings) {
                sb.append("warning: ").append(w).append(System.lineSeparator());
            }
            return sb.toString();
        }
    }

    private GatePlan() {
    }

    /**
     * Plans a run.
     *
     * @param plannedKeys   the Test keys the run measures (skipped instances left out)
     * @param tests         Tests per instance
     * @param trialsPerTest planned Trials per Test
     */
    public static Plan plan(GateSpec spec, Baseline baseline, List<String> plannedKeys, int tests, int trialsPerTest) {
        Design design = baseline.history() ? Design.HISTORY : Design.TWO_RUN;
        List<Map<Key, Extracted>> base = baseline.runs().stream()
                .map(r -> SampleExtractor.extract(r.report(), spec)).toList();
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int planned = plannedKeys.size() * tests * trialsPerTest;
        int needed = 0;
        for (String key : plannedKeys) {
            int keyNeeds = tests * trialsPerTest;
            for (MetricGate gate : spec.metrics()) {
                Criteria c = gate.relative();
                if (c == null || Verifier.fixedTest(c) || !gate.selector().matchesTest(key)) {
                    continue;
                }
                long keys = plannedKeys.stream().filter(gate.selector()::matchesTest).count();
                double alpha = Verifier.rowAlpha(c, keys);
                List<List<Deployment>> runs = new ArrayList<>();
                base.forEach(m -> {
                    Extracted e = m.get(new Key(key, gate.name()));
                    runs.add(e == null ? List.of() : e.deployments());
                });
                double atPlanned = detectable(design, runs, tests, trialsPerTest, trialsPerTest, c, alpha);
                if (Double.isNaN(atPlanned)) {
                    warnings.add(key + " " + gate.name() + ": the baseline cannot tell its noise (no samples or no "
                            + "spread); no plan");
                    continue;
                }
                double atMax = detectable(design, runs, tests, trialsPerTest, c.maxSamples(), c, alpha);
                int need = 0;
                for (int n = trialsPerTest; n <= c.maxSamples(); n++) {
                    if (detectable(design, runs, tests, trialsPerTest, n, c, alpha) <= c.detect()) {
                        need = n;
                        break;
                    }
                }
                rows.add(new Row(key, gate.name(), need, atPlanned, atMax));
                if (need == 0) {
                    warnings.add(String.format(Locale.ROOT, "%s %s: even %d Trials detect only %s, not the %s asked "
                            + "(drift or noise too large; interleave the versions or add Tests)", key, gate.name(),
                            c.maxSamples(), Decision.size(atMax), Decision.size(c.detect())));
                    keyNeeds = Math.max(keyNeeds, (tests - 1) * trialsPerTest + c.maxSamples());
                } else {
                    keyNeeds = Math.max(keyNeeds, (tests - 1) * trialsPerTest + need);
                }
            }
            needed += keyNeeds;
        }
        int budget = planned + spec.budget().extra(planned);
        if (needed > budget) {
            warnings.add(String.format(Locale.ROOT, "the run needs about %d Trials to reach the target, its budget is %d "
                    + "(%s): some rows will stay INCONCLUSIVE", needed, budget, spec.budget()));
        }
        return new Plan(rows, planned, needed, budget, warnings);
    }

    /** The smallest regression detectable with n Trials in the last of {@code tests} Tests; NaN when unknown. */
    static double detectable(Design design, List<List<Deployment>> runs, int tests, int trialsPerTest, int n, Criteria c,
                             double alpha) {
        List<Deployment> shape = new ArrayList<>();
        for (int t = 1; t <= tests; t++) {
            int k = t == tests ? n : trialsPerTest;
            shape.add(new Deployment(t, new long[k], new double[k]));
        }
        Optional<Evidence> e = Estimators.plan(design, runs, shape);
        if (e.isEmpty() || !(e.get().variance() >= 0) || !(e.get().df() > 0)) {
            return Double.NaN;
        }
        double ta = ConfidenceSequence.oneSidedRadius(alpha, e.get().df(), e.get().mixtureRatio());
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(c.beta());
        return Math.max(c.tolerance(), (ta + z) * e.get().se());
    }
}
