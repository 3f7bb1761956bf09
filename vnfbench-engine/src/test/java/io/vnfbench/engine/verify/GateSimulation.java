package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
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
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Simulation of the gate's statistical quality against the rules CI tools use today, on the same simulated data.
 *
 * <p>Run (a few minutes at most on 2 cores; deterministic for a given seed):
 * <pre>
 * mvn -q -pl vnfbench-engine test-compile exec:java -Dexec.mainClass=io.vnfbench.engine.verify.GateSimulation \
 *     -Dexec.classpathScope=test -Dexec.args="2000 20261121 docs/gate-statistics-table.md"
 * </pre>
 * Arguments: replicates per cell (default 2000), seed (default 20261121), optional output file for the Markdown table.
 *
 * <p>Model: a throughput-like metric (higher is better), true value 100, Trial-to-Trial noise with the given CV, either
 * normal or heavy-tailed (Student t with 3 degrees of freedom, scaled to the same standard deviation). The baseline
 * history is 20 earlier builds of n Trials each on the same testbed; the "previous build" is the last of them. The
 * candidate build has its true value lowered by 0 % (false alarms), 2 %, 5 % or 10 % (detection).
 */
public final class GateSimulation {
    static final int HISTORY_BUILDS = 20;
    static final int SEQUENTIAL_MAX = 10;
    static final double[] CVS = {0.01, 0.03, 0.05};
    static final int[] TRIALS = {3, 5, 10};
    static final double[] SHIFTS = {0, 0.02, 0.05, 0.10};
    static final String[] NOISES = {"normal", "heavy-tailed (t3)"};

    /** Our gate's settings in the simulation: 2 % tolerance, catch 5 %, 99 % confidence, 90 % power. */
    static final Criteria CRITERIA = new Criteria(Direction.HIGHER_IS_BETTER, 0.02, 0.05, 0.99, 0.90, 3, 10, Method.WELCH);
    /** performance-plugin has no default relative threshold; 5 % is the example tolerance of our own issue. */
    static final double PERF_PLUGIN_THRESHOLD = 0.05;

    /** One rule's outcome on one simulated comparison: alarm or not, and the candidate Trials it used. */
    record Outcome(boolean alarm, int trials, double statistic) {
    }

    interface Rule {
        String name();

        Outcome apply(List<double[]> history, double[] candidate, int n);
    }

    private GateSimulation() {
    }

    public static void main(String[] args) throws IOException {
        int replicates = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261121L;
        String table = run(replicates, seed, NOISES, CVS, TRIALS);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(table);
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(rule("vnfbench sequential, history noise, 3..10 Trials", (h, c, n) -> sequential(h, c, SEQUENTIAL_MAX)));
        rules.add(rule("vnfbench sequential, history noise, 3..n Trials", (h, c, n) -> sequential(h, c, n)));
        rules.add(rule("vnfbench pooled t, history noise, n Trials", (h, c, n) -> {
            Comparison r = PooledComparator.compare(NoiseModel.fromBuilds(h), Arrays.copyOf(c, n), CRITERIA);
            return new Outcome(r.verdict() == Verdict.REGRESSION, n, Double.NaN);
        }));
        rules.add(rule("vnfbench Welch, previous build only, n vs n", (h, c, n) -> {
            Comparison r = SampleComparator.compare(h.get(h.size() - 1), Arrays.copyOf(c, n), CRITERIA);
            return new Outcome(r.verdict() == Verdict.REGRESSION, n, Double.NaN);
        }));
        rules.add(rule("vnfbench auto (Welch/Mann-Whitney), previous build, n vs n", (h, c, n) -> {
            Comparison r = SampleComparator.compare(h.get(h.size() - 1), Arrays.copyOf(c, n), CRITERIA.withMethod(Method.AUTO));
            return new Outcome(r.verdict() == Verdict.REGRESSION, n, Double.NaN);
        }));
        rules.add(rule("performance-plugin: mean drop > 5 % vs previous build", (h, c, n) -> {
            double drop = 1 - Samples.mean(Arrays.copyOf(c, n)) / Samples.mean(h.get(h.size() - 1));
            return new Outcome(drop > PERF_PLUGIN_THRESHOLD, n, drop);
        }));
        rules.add(rule("NFVbench: best of 3 < 90 % of reference", (h, c, n) -> {
            double ratio = best3(c) / best3(h.get(h.size() - 1));
            return new Outcome(ratio < 0.9, 3, 1 - ratio);
        }));
        rules.add(rule("github-action-benchmark: ratio > 200 %", (h, c, n) -> {
            double ratio = Samples.mean(h.get(h.size() - 1)) / Samples.mean(Arrays.copyOf(c, n));
            return new Outcome(ratio > 2.0, n, ratio);
        }));
        rules.add(rule("Bencher: t-test prediction interval, boundary 0.99", (h, c, n) -> {
            double[] means = h.stream().mapToDouble(Samples::mean).toArray();
            int k = means.length;
            double limit = Samples.mean(means) - TDistribution.of(k - 1).inverseCumulativeProbability(0.99)
                    * Math.sqrt(Samples.variance(means)) * Math.sqrt(1 + 1.0 / k);
            double value = Samples.mean(Arrays.copyOf(c, n));
            return new Outcome(value < limit, n, (limit - value) / limit);
        }));
        return rules;
    }

    /** Anchor rules re-tuned so that their false-alarm rate is 1 % on each cell (their threshold from the null data). */
    static final List<String> CALIBRATED = List.of(
            "performance-plugin: mean drop > 5 % vs previous build",
            "NFVbench: best of 3 < 90 % of reference");

    private static Outcome sequential(List<double[]> history, double[] candidate, int max) {
        Criteria c = CRITERIA.withSamples(CRITERIA.minSamples(), Math.max(max, CRITERIA.minSamples()));
        int[] next = {c.minSamples()};
        Comparison r = SequentialTest.run(NoiseModel.fromBuilds(history), c, Arrays.copyOf(candidate, c.minSamples()),
                () -> next[0] < candidate.length ? OptionalDouble.of(candidate[next[0]++]) : OptionalDouble.empty());
        return new Outcome(r.verdict() == Verdict.REGRESSION, r.candidateCount(), Double.NaN);
    }

    private static double best3(double[] x) {
        return Math.max(x[0], Math.max(x[1], x[2]));
    }

    private static Rule rule(String name, Impl impl) {
        return new Rule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome apply(List<double[]> history, double[] candidate, int n) {
                return impl.apply(history, candidate, n);
            }
        };
    }

    @FunctionalInterface
    interface Impl {
        Outcome apply(List<double[]> history, double[] candidate, int n);
    }

    /** Aggregated results of one rule on one cell. */
    static final class Tally {
        final int[] alarms = new int[SHIFTS.length];
        final long[] trials = new long[SHIFTS.length];
        final double[][] statistics;

        Tally(int replicates) {
            statistics = new double[SHIFTS.length][replicates];
        }
    }

    /** Runs every cell and returns the Markdown tables. */
    static String run(int replicates, long seed, String[] noises, double[] cvs, int[] trials) {
        List<Rule> rules = rules();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Replicates per cell: %d, seed %d, history %d builds, our gate: tolerance %s, "
                + "detect %s, confidence %s, power %s.%n%n", replicates, seed, HISTORY_BUILDS,
                SampleComparator.pct(CRITERIA.tolerance()), SampleComparator.pct(CRITERIA.detect()),
                CRITERIA.confidence(), CRITERIA.power()));
        for (int ni = 0; ni < noises.length; ni++) {
            md.append("### Noise: ").append(noises[ni]).append("\n\n");
            md.append("| CV | n | rule | false alarms | detect 2 % | detect 5 % | detect 10 % | mean Trials (no change / 5 % drop) |\n");
            md.append("|---|---|---|---|---|---|---|---|\n");
            for (int ci = 0; ci < cvs.length; ci++) {
                for (int ti = 0; ti < trials.length; ti++) {
                    long cellSeed = seed * 1_000_003L + ni * 10_007L + ci * 101L + ti;
                    Map<String, Tally> tallies = cell(rules, replicates, cellSeed, ni == 1, cvs[ci], trials[ti]);
                    // Calibration on independent null data: each re-tuned anchor's 99th percentile under no change.
                    Map<String, Tally> calibration = cell(rules, replicates, ~cellSeed, ni == 1, cvs[ci], trials[ti]);
                    for (Rule r : rules) {
                        Tally t = tallies.get(r.name());
                        appendRow(md, cvs[ci], trials[ti], r.name(), t, replicates);
                        if (CALIBRATED.contains(r.name())) {
                            double[] nullStats = calibration.get(r.name()).statistics[0].clone();
                            Arrays.sort(nullStats);
                            double threshold = nullStats[(int) Math.ceil(0.99 * replicates) - 1];
                            Tally cal = new Tally(0);
                            for (int s = 0; s < SHIFTS.length; s++) {
                                for (double v : t.statistics[s]) {
                                    cal.alarms[s] += v > threshold ? 1 : 0;
                                }
                                cal.trials[s] = t.trials[s];
                            }
                            appendRow(md, cvs[ci], trials[ti], r.name().replaceFirst(":.*", "") + ", re-tuned to 1 % false alarms"
                                    + String.format(Locale.ROOT, " (threshold %.2f %%)", threshold * 100), cal, replicates);
                        }
                    }
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void appendRow(StringBuilder md, double cv, int n, String rule, Tally t, int replicates) {
        md.append(String.format(Locale.ROOT, "| %.0f %% | %d | %s | %s | %s | %s | %s | %.1f / %.1f |%n", cv * 100, n, rule,
                rate(t.alarms[0], replicates), rate(t.alarms[1], replicates), rate(t.alarms[2], replicates),
                rate(t.alarms[3], replicates), t.trials[0] / (double) replicates, t.trials[2] / (double) replicates));
    }

    private static String rate(int count, int replicates) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * count / replicates);
    }

    /** One cell: the same histories and candidate noise for every rule and every shift (common random numbers). */
    static Map<String, Tally> cell(List<Rule> rules, int replicates, long seed, boolean heavy, double cv, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Rule r : rules) {
            tallies.put(r.name(), new Tally(replicates));
        }
        int candidateLength = Math.max(n, SEQUENTIAL_MAX);
        for (int rep = 0; rep < replicates; rep++) {
            List<double[]> history = new ArrayList<>(HISTORY_BUILDS);
            for (int b = 0; b < HISTORY_BUILDS; b++) {
                double[] build = new double[n];
                for (int i = 0; i < n; i++) {
                    build[i] = 100 * (1 + cv * noise(random, heavy));
                }
                history.add(build);
            }
            double[] unit = new double[candidateLength];
            for (int i = 0; i < candidateLength; i++) {
                unit[i] = noise(random, heavy);
            }
            for (int s = 0; s < SHIFTS.length; s++) {
                double[] candidate = new double[candidateLength];
                for (int i = 0; i < candidateLength; i++) {
                    candidate[i] = 100 * (1 - SHIFTS[s]) * (1 + cv * unit[i]);
                }
                for (Rule r : rules) {
                    Outcome o = r.apply(history, candidate, n);
                    Tally t = tallies.get(r.name());
                    t.alarms[s] += o.alarm() ? 1 : 0;
                    t.trials[s] += o.trials();
                    t.statistics[s][rep] = o.statistic();
                }
            }
        }
        return tallies;
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
