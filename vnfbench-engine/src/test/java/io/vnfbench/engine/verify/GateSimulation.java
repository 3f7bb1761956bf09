package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The gate's statistical quality against the rules CI tools use, on the same simulated data, with build-to-build
 * drift, deployment noise, steps in the history, and whole builds of 24 rows.
 *
 * <pre>
 * mvn -q -pl vnfbench-engine test-compile exec:java -Dexec.mainClass=io.vnfbench.engine.verify.GateSimulation \
 *     -Dexec.classpathScope=test -Dexec.args="2000 20261201 gate-statistics-table.md"
 * </pre>
 * Arguments: replicates per cell (default 2000), seed, optional output file for the Markdown tables.
 *
 * <p>Per row: a throughput-like metric (higher is better) at level 100; each build (run) has a level of its own (SD
 * {@code drift}), each deployment (Test) too (SD 0.5 %), each Trial its own noise (CV, normal or Student t3). The
 * history is 20 earlier builds of 3 Trials. The candidate's level is lowered by 0 % (every alarm is false), 5 % or 10 %.
 * In the "step" histories a +5 % improvement was accepted 8 builds ago; the candidate is measured against that new
 * level (unchanged: it keeps the improvement; a 5 % drop gives the improvement back).
 */
public final class GateSimulation {
    static final int HISTORY = 20;
    static final int TRIALS = 3;
    static final int MAX_TRIALS = 10;
    static final double DEPLOYMENT_SD = 0.005;
    static final double[] SHIFTS = {0, 0.05, 0.10};
    /** Our gate as the local example runs it: 12 Test keys × 2 metrics, build confidence 0.99, tolerance 2 %, detect 5 %. */
    static final int ROWS_KEYS = 12;
    static final Criteria CRITERIA = new Criteria(Direction.HIGHER_IS_BETTER, 0.02, 0.05, 0.995, 0.90, 3, MAX_TRIALS,
            Method.AUTO);
    static final double ALPHA_ROW = Verifier.rowAlpha(CRITERIA, ROWS_KEYS);
    /** The earlier release's gate and the fixed tests: 1 % per row, no budget across rows. */
    static final Criteria PER_ROW = new Criteria(Direction.HIGHER_IS_BETTER, 0.02, 0.05, 0.99, 0.90, 3, MAX_TRIALS,
            Method.WELCH);

    /** One simulated build of one row: the history, the candidate's Trials (up to the most any rule uses), A/B pairs. */
    record Data(List<double[]> history, double[] candidate, List<double[]> pairsA, List<double[]> pairsB) {
    }

    record Outcome(boolean alarm, int trials) {
    }

    @FunctionalInterface
    interface Rule {
        Outcome apply(Data d);
    }

    private GateSimulation() {
    }

    public static void main(String[] args) throws IOException {
        int replicates = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261201L;
        String table = rows(replicates, seed, new double[] {0, 0.01, 0.02}, new String[] {"normal", "t3"},
                new boolean[] {false, true}) + builds(Math.max(50, replicates / 10), seed);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8);
        }
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(table);
    }

    static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put("vnfbench, history of 20 (median:20), live 3..10 Trials", d -> live(Design.HISTORY, d.history(), d.candidate()));
        rules.put("vnfbench, history of 20, 3 Trials (verify a file)", d -> fixed(Design.HISTORY, d.history(), d.candidate()));
        rules.put("vnfbench, last build only, live 3..10 Trials", d -> live(Design.TWO_RUN,
                List.of(d.history().get(d.history().size() - 1)), d.candidate()));
        rules.put("vnfbench, interleaved A/B (ABBA), 2..6 pairs of 3 Trials", GateSimulation::interleaved);
        rules.put("earlier vnfbench: Wald SPRT on plug-in history noise, 3..10, 1 % per row", GateSimulation::wald);
        rules.put("Welch n vs n, last build, 1 % per row", d -> {
            Comparison c = SampleComparator.compare(d.history().get(d.history().size() - 1),
                    Arrays.copyOf(d.candidate(), TRIALS), PER_ROW);
            return new Outcome(c.verdict() == Verdict.REGRESSION, TRIALS);
        });
        rules.put("performance-plugin: mean drop > 5 % vs last build", d -> new Outcome(
                1 - Samples.mean(Arrays.copyOf(d.candidate(), TRIALS)) / Samples.mean(last(d)) > 0.05, TRIALS));
        rules.put("NFVbench: best of 3 < 90 % of last build's", d -> new Outcome(
                best3(d.candidate()) / best3(last(d)) < 0.9, TRIALS));
        rules.put("github-action-benchmark: ratio > 200 %", d -> new Outcome(
                Samples.mean(last(d)) / Samples.mean(Arrays.copyOf(d.candidate(), TRIALS)) > 2, TRIALS));
        rules.put("Bencher: t-test boundary 0.99 over 20 build means", d -> {
            double[] means = d.history().stream().mapToDouble(Samples::mean).toArray();
            int k = means.length;
            double limit = Samples.mean(means) - TDistribution.of(k - 1).inverseCumulativeProbability(0.99)
                    * Math.sqrt(Samples.variance(means)) * Math.sqrt(1 + 1.0 / k);
            return new Outcome(Samples.mean(Arrays.copyOf(d.candidate(), TRIALS)) < limit, TRIALS);
        });
        return rules;
    }

    private static double[] last(Data d) {
        return d.history().get(d.history().size() - 1);
    }

    private static List<List<Deployment>> runs(List<double[]> history) {
        List<List<Deployment>> runs = new ArrayList<>();
        for (double[] h : history) {
            runs.add(List.of(deployment(1, h)));
        }
        return runs;
    }

    private static Deployment deployment(long test, double[] values) {
        long[] numbers = new long[values.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 1;
        }
        return new Deployment(test, numbers, values);
    }

    /** Our rule with live Trials: start with 3, one more while undecided, at most 10. */
    static Outcome live(Design design, List<double[]> history, double[] candidate) {
        List<List<Deployment>> runs = runs(history);
        int n = TRIALS;
        Comparison c;
        while (true) {
            c = Decision.decide(design.evidence(runs, List.of(deployment(1, Arrays.copyOf(candidate, n)))), CRITERIA, ALPHA_ROW);
            if (c.decided() || n >= MAX_TRIALS) {
                break;
            }
            n++;
        }
        return new Outcome(c.verdict() == Verdict.REGRESSION, n);
    }

    static Outcome fixed(Design design, List<double[]> history, double[] candidate) {
        Comparison c = Decision.decide(design.evidence(runs(history), List.of(deployment(1, Arrays.copyOf(candidate,
                TRIALS)))), CRITERIA, ALPHA_ROW);
        return new Outcome(c.verdict() == Verdict.REGRESSION, TRIALS);
    }

    /** ABBA blocks of fresh deployments of both versions in the candidate's run: 2 pairs, then 2 more while undecided. */
    static Outcome interleaved(Data d) {
        int pairs = 2;
        Comparison c;
        while (true) {
            List<Deployment> a = new ArrayList<>();
            List<Deployment> b = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                a.add(deployment(i + 1, d.pairsA().get(i)));
                b.add(deployment(i + 1, d.pairsB().get(i)));
            }
            c = Decision.decide(Estimators.paired(a, b), CRITERIA, ALPHA_ROW);
            if (c.decided() || pairs >= d.pairsA().size()) {
                break;
            }
            pairs += 2;
        }
        return new Outcome(c.verdict() == Verdict.REGRESSION, 2 * pairs * TRIALS);
    }

    /**
     * The earlier release's rule, for comparison: Wald's SPRT of "worse by detect" against "no change" with the
     * history's variance components plugged in as if known, candidate winsorised at 3 Trial SDs, α = 1 % per row.
     */
    static Outcome wald(Data d) {
        List<double[]> h = d.history();
        int k = h.size();
        double[] means = h.stream().mapToDouble(Samples::mean).toArray();
        double ss = 0;
        double df = 0;
        double inv = 0;
        for (double[] b : h) {
            ss += Samples.variance(b) * (b.length - 1);
            df += b.length - 1;
            inv += 1.0 / b.length;
        }
        double within = ss / df;
        double between = Math.max(0, Samples.variance(means) - within * inv / k);
        double centre = Samples.median(means);
        double centreVar = Samples.variance(means) / k * Math.PI / 2;
        double alpha = PER_ROW.alpha();
        double beta = PER_ROW.beta();
        double delta = PER_ROW.detect();
        for (int n = TRIALS; ; n++) {
            double[] c = Arrays.copyOf(d.candidate(), n);
            double m = Samples.median(c);
            double lim = 3 * Math.sqrt(within);
            double mean = Arrays.stream(c).map(x -> Math.max(m - lim, Math.min(m + lim, x))).average().orElseThrow();
            double deg = -(mean - centre) / centre;
            double var = (within / n + between + centreVar) / (centre * centre);
            double llr = delta * (deg - delta / 2) / var;
            if (llr >= Math.log((1 - beta) / alpha)) {
                return new Outcome(deg > PER_ROW.tolerance(), n);
            }
            if (llr <= Math.log(beta / (1 - alpha)) || n >= MAX_TRIALS) {
                double dof = between > 0 ? k - 1 : df;
                boolean significant = TDistribution.of(dof).survivalProbability(deg / Math.sqrt(var)) < alpha;
                return new Outcome(n >= MAX_TRIALS && llr > Math.log(beta / (1 - alpha)) && significant
                        && deg > PER_ROW.tolerance(), n);
            }
        }
    }

    private static double best3(double[] x) {
        return Math.max(x[0], Math.max(x[1], x[2]));
    }

    /** One simulated build of one row (common random numbers: the same draws serve every rule and every shift). */
    static Data data(SplittableRandom random, double cv, double drift, boolean heavy, boolean step, double shift) {
        List<double[]> history = new ArrayList<>();
        for (int b = 0; b < HISTORY; b++) {
            double level = 100 * (step && b >= HISTORY - 8 ? 1.05 : 1) * (1 + drift * random.nextGaussian())
                    * (1 + DEPLOYMENT_SD * random.nextGaussian());
            history.add(trials(random, level, cv, heavy, TRIALS));
        }
        double runLevel = 1 + drift * random.nextGaussian();
        double candidateLevel = 100 * (step ? 1.05 : 1) * (1 - shift) * runLevel * (1 + DEPLOYMENT_SD * random.nextGaussian());
        double[] candidate = trials(random, candidateLevel, cv, heavy, MAX_TRIALS);
        List<double[]> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            a.add(trials(random, 100 * (step ? 1.05 : 1) * runLevel * (1 + DEPLOYMENT_SD * random.nextGaussian()), cv,
                    heavy, TRIALS));
            b.add(trials(random, 100 * (step ? 1.05 : 1) * (1 - shift) * runLevel * (1 + DEPLOYMENT_SD * random.nextGaussian()), cv, heavy,
                    TRIALS));
        }
        return new Data(history, candidate, a, b);
    }

    private static double[] trials(SplittableRandom random, double level, double cv, boolean heavy, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = level * (1 + cv * noise(random, heavy));
        }
        return t;
    }

    /** Per-row table: false alarms and detection of 5 % and 10 %, per drift, noise shape and history kind. */
    static String rows(int replicates, long seed, double[] drifts, String[] noiseNames, boolean[] heavy) {
        Map<String, Rule> rules = rules();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Per row (replicates per cell: %d, seed %d)%n%n", replicates, seed));
        md.append("Trial CV 3 %, deployment SD 0.5 %, history 20 builds × 3 Trials. Our gate at the local example's row "
                + String.format(Locale.ROOT, "share α = %.3g %% (24 rows, build confidence 0.99).%n%n", ALPHA_ROW * 100));
        md.append("| history | drift | noise | rule | false alarms | detect 5 % | detect 10 % | mean Trials (no change / 10 % drop) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (boolean step : new boolean[] {false, true}) {
            for (double drift : drifts) {
                for (int ni = 0; ni < noiseNames.length; ni++) {
                    if (step && drift > 0.01) {
                        continue;
                    }
                    int[][] alarms = new int[rules.size()][SHIFTS.length];
                    long[][] trials = new long[rules.size()][SHIFTS.length];
                    SplittableRandom random = new SplittableRandom(seed * 31 + (long) (drift * 1000) * 7 + ni
                            + (step ? 1000 : 0));
                    for (int rep = 0; rep < replicates; rep++) {
                        long draw = random.nextLong();
                        for (int s = 0; s < SHIFTS.length; s++) {
                            Data d = data(new SplittableRandom(draw), 0.03, drift, heavy[ni], step, SHIFTS[s]);
                            int r = 0;
                            for (Rule rule : rules.values()) {
                                Outcome o = rule.apply(d);
                                alarms[r][s] += o.alarm() ? 1 : 0;
                                trials[r][s] += o.trials();
                                r++;
                            }
                        }
                    }
                    int r = 0;
                    for (String name : rules.keySet()) {
                        md.append(String.format(Locale.ROOT, "| %s | %.0f %% | %s | %s | %s | %s | %s | %.1f / %.1f |%n",
                                step ? "step +5 % 8 builds ago" : "level", drift * 100, noiseNames[ni], name,
                                rate(alarms[r][0], replicates), rate(alarms[r][1], replicates),
                                rate(alarms[r][2], replicates), trials[r][0] / (double) replicates,
                                trials[r][2] / (double) replicates));
                        r++;
                    }
                }
            }
        }
        return md.append('\n').toString();
    }

    /**
     * Whole builds of the local example's shape (12 Test keys × 2 metrics = 24 rows), judged by the product's
     * {@link Verifier} with live Trials from the {@link LiveGate}: builds that fail, unchanged and slowed.
     */
    static String builds(int builds, long seed) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Whole builds: 12 Test keys × 2 metrics (%d builds per cell)%n%n", builds));
        md.append("| drift | rule | unchanged builds failing | 5 % slower: failing | 10 % slower: failing | Trials per build "
                + "(unchanged / 10 %) |\n|---|---|---|---|---|---|\n");
        for (double drift : new double[] {0, 0.01, 0.02}) {
            SimulatedRuns testbed = new SimulatedRuns(12, 0.03, drift, DEPLOYMENT_SD, false, TRIALS);
            SplittableRandom random = new SplittableRandom(seed + (long) (drift * 1000));
            List<Baseline.Run> history = new ArrayList<>();
            for (int b = 0; b < HISTORY; b++) {
                history.add(new Baseline.Run("run-" + b, testbed.run("run-" + b, random, 0, 1, null)));
            }
            Baseline baseline = new Baseline("median:20", history, true);
            GateSpec spec;
            try {
                spec = GateSpec.from(SimulatedRuns.gate(MAX_TRIALS));
            } catch (GateSpecException e) {
                throw new IllegalStateException(e);
            }
            int[] failed = new int[SHIFTS.length];
            int[] perRowFailed = new int[SHIFTS.length];
            long[] trials = new long[SHIFTS.length];
            for (int i = 0; i < builds; i++) {
                long draw = random.nextLong();
                for (int s = 0; s < SHIFTS.length; s++) {
                    LiveGate live = new LiveGate(spec, baseline, testbed.keyList(), 2 * 12 * TRIALS);
                    var candidate = testbed.run("b", new SplittableRandom(draw), SHIFTS[s], 1, live);
                    GateReport report = Verifier.verify(candidate, spec, baseline);
                    failed[s] += report.result() == GateOutcome.FAILED ? 1 : 0;
                    trials[s] += 12 * TRIALS + (2L * 12 * TRIALS - live.budgetLeft());
                    GateReport fixed = Verifier.verify(testbed.run("f", new SplittableRandom(draw), SHIFTS[s], 1, null),
                            spec, baseline);
                    perRowFailed[s] += fixed.result() == GateOutcome.FAILED ? 1 : 0;
                }
            }
            md.append(String.format(Locale.ROOT, "| %.0f %% | vnfbench median:20, live 3..10 Trials, budget 3× | %s | %s | %s | %.0f / %.0f |%n",
                    drift * 100, rate(failed[0], builds), rate(failed[1], builds), rate(failed[2], builds),
                    trials[0] / (double) builds, trials[2] / (double) builds));
            md.append(String.format(Locale.ROOT, "| %.0f %% | vnfbench median:20, 3 Trials (verify a file) | %s | %s | %s | %d / %d |%n",
                    drift * 100, rate(perRowFailed[0], builds), rate(perRowFailed[1], builds),
                    rate(perRowFailed[2], builds), 12 * TRIALS, 12 * TRIALS));
            SimulatedRuns ab = new SimulatedRuns(12, 0.03, drift, DEPLOYMENT_SD, false, 1);
            GateSpec abSpec = spec.withInterleave(new Interleaving("version", "A", "B", 1));
            int[] abFailed = new int[SHIFTS.length];
            long[] abTrials = new long[SHIFTS.length];
            int budget = 3 * 12 * TRIALS;
            for (int i = 0; i < builds; i++) {
                long draw = random.nextLong();
                for (int s = 0; s < SHIFTS.length; s++) {
                    LiveGate live = new LiveGate(abSpec, ab.keyList(), budget - 12 * 4);
                    var run = ab.interleavedRun("ab", new SplittableRandom(draw), SHIFTS[s], 1, live);
                    GateReport report = Verifier.verifyInterleaved(run, abSpec, abSpec.interleave());
                    abFailed[s] += report.result() == GateOutcome.FAILED ? 1 : 0;
                    abTrials[s] += budget - live.budgetLeft();
                }
            }
            md.append(String.format(Locale.ROOT, "| %.0f %% | vnfbench interleaved: A B B A blocks of 1-Trial deployments, "
                    + "1 block per cell then more while undecided, budget 3× | %s | %s | %s | %.0f / %.0f |%n",
                    drift * 100, rate(abFailed[0], builds), rate(abFailed[1], builds), rate(abFailed[2], builds),
                    abTrials[0] / (double) builds, abTrials[2] / (double) builds));
        }
        return md.append('\n').toString();
    }

    private static String rate(int count, int replicates) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * count / replicates);
    }

    /** Standardised noise: mean 0, SD 1; heavy-tailed = Student t with 3 degrees of freedom scaled by 1/√3. */
    static double noise(SplittableRandom random, boolean heavy) {
        double z = random.nextGaussian();
        if (!heavy) {
            return z;
        }
        double chi2 = 0;
        for (int i = 0; i < 3; i++) {
            double g = random.nextGaussian();
            chi2 += g * g;
        }
        return z / Math.sqrt(chi2 / 3) / Math.sqrt(3);
    }
}
