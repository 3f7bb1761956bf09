package io.vnfbench.engine.verify;

import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The relative change of a candidate and its variance, for the three ways a baseline can be measured: a history of
 * runs (run-to-run drift estimated), one baseline run (drift assumed absent, said so), and interleaved A/B deployments
 * of the same run (pairs: drift cancels). Deployments are the unit: a candidate Test's extra Trials shrink only the
 * Trial share of the variance, never the deployment or run share.
 */
public final class Estimators {
    /** Runs a history needs before its run-to-run drift is estimated (fewer: compared as one baseline run). */
    public static final int MIN_HISTORY_RUNS = 2;
    /** Runs a level segment needs before the history is cut at its start. */
    static final int MIN_SEGMENT = 3;
    /** Family-wise error of the change-point search (Bonferroni over the split points). */
    static final double CHANGE_POINT_ALPHA = 0.001;

    private Estimators() {
    }

    /**
     * Candidate against a history of runs (oldest first). The centre is the median of the run levels since the newest
     * level shift of the history (a step an accepted change left behind), its variance the run levels' spread.
     */
    public static Evidence history(List<List<Deployment>> runs, List<Deployment> candidate) {
        List<List<Deployment>> usable = runs.stream().filter(r -> !r.isEmpty()).toList();
        double[] levels = usable.stream().mapToDouble(Estimators::level).toArray();
        int start = newestSegment(levels);
        List<String> notes = new ArrayList<>();
        if (start > 0) {
            double before = Samples.mean(java.util.Arrays.copyOfRange(levels, 0, start));
            double after = Samples.mean(java.util.Arrays.copyOfRange(levels, start, levels.length));
            notes.add(String.format(Locale.ROOT, "history cut at a level shift of %+.2f %% %d runs ago; centre from the "
                    + "%d runs since", (after / before - 1) * 100, levels.length - start, levels.length - start));
        }
        List<List<Deployment>> segment = usable.subList(start, usable.size());
        double[] seg = java.util.Arrays.copyOfRange(levels, start, levels.length);
        List<List<Deployment>> all = new ArrayList<>(usable);
        all.add(candidate);
        NoiseModel noise = NoiseModel.of(all);
        NoiseModel base = NoiseModel.of(usable);
        int r = seg.length;
        boolean median = r >= 3;
        double centre = median ? Samples.median(seg) : Samples.mean(seg);
        double centreFactor = median ? Math.PI / 2 : 1;
        double spread = Samples.variance(seg);
        double level = level(candidate);
        double ratio = level / centre;
        Var v = historyVariance(noise, segment, candidate, spread, centreFactor, ratio);
        Var plan = historyVariance(base, segment, candidate, spread, centreFactor, 1);
        Var first = historyVariance(base, segment, firstLook(candidate), spread, centreFactor, 1);
        if (!noise.deploymentKnown()) {
            notes.add("one Test per run: deployment and run levels are not separable; both count as run-to-run drift");
        }
        int baselineTrials = usable.stream().mapToInt(Estimators::trials).sum();
        return new Evidence("history", ratio - 1, v.value / (centre * centre), v.df,
                mixture(first.value, first.df, plan.value), baselineTrials, trials(candidate), centre, level, notes);
    }

    private record Var(double value, double df) {
    }

    private static Var historyVariance(NoiseModel noise, List<List<Deployment>> segment, List<Deployment> candidate,
                                       double spread, double centreFactor, double ratio) {
        int r = segment.size();
        double expectedInside = segment.stream().mapToDouble(noise::levelVariance).average().orElse(0);
        double runVariance = Math.max(0, spread - expectedInside);
        double[][] cand = noise.levelTerms(candidate);
        double centreTerm = ratio * ratio * centreFactor * spread / r;
        // Each component counts with the degrees of freedom of the mean square it comes from (Satterthwaite on the
        // components): the run level's with runs − 1, the Trial noise's with the pooled within-Test df.
        double value = runVariance + cand[0][0] + cand[1][0] + centreTerm;
        double df = NoiseModel.satterthwaite(new double[] {runVariance + centreTerm, r - 1}, cand[0], cand[1]);
        return new Var(Math.max(0, value), df);
    }

    /**
     * Candidate against one baseline run. Run-to-run drift cannot be estimated from two runs and is taken as absent,
     * which the evidence notes say.
     */
    public static Evidence twoRuns(List<Deployment> baseline, List<Deployment> candidate) {
        List<String> notes = new ArrayList<>();
        notes.add("one baseline run: run-to-run drift cannot be estimated and is taken as absent");
        NoiseModel noise = NoiseModel.of(List.of(baseline, candidate));
        NoiseModel base = NoiseModel.of(List.of(baseline));
        if (!noise.deploymentKnown()) {
            notes.add("one Test per side: deployment-to-deployment variation is not in the noise estimate");
        }
        double lb = level(baseline);
        double lc = level(candidate);
        double ratio = lc / lb;
        double[][] tb = noise.levelTerms(baseline);
        double[][] tc = noise.levelTerms(candidate);
        double trialPart = tb[0][0] * ratio * ratio + tc[0][0];
        double deploymentPart = tb[1][0] * ratio * ratio + tc[1][0];
        double variance = Double.isNaN(noise.trial()) ? Double.NaN : (trialPart + deploymentPart) / (lb * lb);
        double df = NoiseModel.satterthwaite(new double[] {trialPart, noise.trialDf()},
                new double[] {deploymentPart, noise.deploymentDf()});
        NoiseModel planNoise = Double.isNaN(base.trial()) ? noise : base;
        double plan = planNoise.levelVariance(baseline) + planNoise.levelVariance(candidate);
        List<Deployment> first = firstLook(candidate);
        double firstPlan = planNoise.levelVariance(baseline) + planNoise.levelVariance(first);
        double firstDf = NoiseModel.satterthwaite(planNoise.levelTerms(baseline)[0], planNoise.levelTerms(first)[0],
                planNoise.levelTerms(baseline)[1], planNoise.levelTerms(first)[1]);
        return new Evidence("two-run", ratio - 1, variance, df, mixture(firstPlan, firstDf, plan), trials(baseline),
                trials(candidate), lb, lc, notes);
    }

    /**
     * Interleaved A/B: deployments of the baseline version (A) and the candidate version (B) paired by Test number, each
     * pair measured back to back; the unit is the pair's difference relative to A's level, so drift common to the pair
     * cancels. The mixture is a standard normal on the effect in units of the pairs' own spread.
     */
    public static Evidence paired(List<Deployment> a, List<Deployment> b) {
        Map<Long, Deployment> byTest = new LinkedHashMap<>();
        a.forEach(d -> byTest.put(d.test(), d));
        List<Deployment[]> pairs = new ArrayList<>();
        for (Deployment db : b) {
            Deployment da = byTest.get(db.test());
            if (da != null) {
                pairs.add(new Deployment[] {da, db});
            }
        }
        int n = pairs.size();
        double levelA = pairs.stream().mapToDouble(p -> p[0].mean()).average().orElse(Double.NaN);
        double levelB = pairs.stream().mapToDouble(p -> p[1].mean()).average().orElse(Double.NaN);
        double[] d = pairs.stream().mapToDouble(p -> (p[1].mean() - p[0].mean()) / levelA).toArray();
        List<String> notes = new ArrayList<>();
        int unpaired = a.size() + b.size() - 2 * n;
        if (unpaired > 0) {
            notes.add(unpaired + " deployments without a partner left out");
        }
        if (n < 2) {
            return new Evidence("paired", n == 0 ? Double.NaN : Samples.mean(d), Double.NaN, 0, 1, n, n, levelA, levelB,
                    notes);
        }
        // Trial noise from inside every deployment of both versions; what the pairs' spread adds beyond it is the
        // deployments' own variation (the run's level is common to a pair and cancels).
        List<List<Deployment>> each = new ArrayList<>();
        pairs.forEach(p -> each.add(List.of(p[0], p[1])));
        NoiseModel inside = NoiseModel.of(each.stream().flatMap(List::stream).map(List::of).toList());
        double trialShare = pairs.stream().mapToDouble(p -> 1.0 / p[0].size() + 1.0 / p[1].size()).average().orElse(0);
        double trialPart = inside.trialOrZero() * trialShare / (levelA * levelA) / n;
        double spread = Samples.variance(d) / n;
        double deploymentPart = Math.max(0, spread - trialPart);
        double variance = Double.isNaN(inside.trial()) ? spread : trialPart + deploymentPart;
        double df = Double.isNaN(inside.trial()) ? n - 1 : NoiseModel.satterthwaite(
                new double[] {trialPart, inside.trialDf()}, new double[] {deploymentPart, n - 1});
        double firstPlan = Double.isNaN(inside.trial()) ? spread * n / 2 : trialPart * n / 2;
        double firstDf = Double.isNaN(inside.trial()) ? 1 : inside.trialDf() * 2 / n;
        return new Evidence("paired", Samples.mean(d), variance, df, mixture(firstPlan, firstDf,
                Double.isNaN(inside.trial()) ? spread : trialPart), n, n, levelA, levelB, notes);
    }

    /** The candidate as the gate first looks at it: the first Test's planned Trials only (at least 2, if there are). */
    static List<Deployment> firstLook(List<Deployment> candidate) {
        if (candidate.isEmpty()) {
            return candidate;
        }
        Deployment d = candidate.get(0);
        int k = Math.min(d.size(), Math.max(2, Criteria.DEFAULT_MIN_SAMPLES));
        return List.of(new Deployment(d.test(), java.util.Arrays.copyOf(d.trials(), k),
                java.util.Arrays.copyOf(d.values(), k)));
    }

    /**
     * What a candidate measured with {@code design} (only its Tests' Trial counts matter) could show against these
     * baseline runs, by the baseline's noise alone: the variance of its change and the mixture ratio, for planning.
     * Empty when the baseline alone cannot say (no runs, or no spread).
     */
    static java.util.Optional<Evidence> plan(Design design, List<List<Deployment>> runs, List<Deployment> design0) {
        List<List<Deployment>> usable = runs.stream().filter(r -> !r.isEmpty()).toList();
        if (usable.isEmpty() || design == Design.PAIRED) {
            return java.util.Optional.empty();
        }
        NoiseModel base = NoiseModel.of(usable);
        if (design == Design.HISTORY && usable.size() >= MIN_HISTORY_RUNS) {
            double[] levels = usable.stream().mapToDouble(Estimators::level).toArray();
            int start = newestSegment(levels);
            List<List<Deployment>> segment = usable.subList(start, usable.size());
            double[] seg = java.util.Arrays.copyOfRange(levels, start, levels.length);
            double cf = seg.length >= 3 ? Math.PI / 2 : 1;
            double centre = seg.length >= 3 ? Samples.median(seg) : Samples.mean(seg);
            double spread = Samples.variance(seg);
            Var v = historyVariance(base, segment, design0, spread, cf, 1);
            Var first = historyVariance(base, segment, firstLook(design0), spread, cf, 1);
            return java.util.Optional.of(new Evidence("history", 0, v.value / (centre * centre), v.df,
                    mixture(first.value, first.df, v.value), 0, trials(design0), centre, centre, List.of()));
        }
        if (Double.isNaN(base.trial())) {
            return java.util.Optional.empty();
        }
        List<Deployment> baseline = new ArrayList<>();
        usable.forEach(baseline::addAll);
        double lb = level(baseline);
        double v = base.levelVariance(baseline) + base.levelVariance(design0);
        double df = NoiseModel.satterthwaite(base.levelTerms(baseline)[0], base.levelTerms(design0)[0],
                base.levelTerms(baseline)[1], base.levelTerms(design0)[1]);
        double first = base.levelVariance(baseline) + base.levelVariance(firstLook(design0));
        return java.util.Optional.of(new Evidence("two-run", 0, v / (lb * lb), df, mixture(first, df, v), 0,
                trials(design0), lb, lb, List.of()));
    }

    /** The level the mixture's scale is tuned for: a row's share of a 1 % build budget over 24 rows. */
    static final double TUNING_LEVEL = 0.01 / 2 / 2 / 12;

    /**
     * The confidence sequence's r at the current look: the mixture's variance is fixed before the candidate's samples
     * count — tuned so that the sequence is narrowest at the first look (the baseline's noise with the first look's
     * design) — and expressed relative to the variance the current design has by the baseline alone.
     *
     * @param firstVariance variance of the change at the first look, by the baseline's noise
     * @param firstDf       its degrees of freedom
     * @param planVariance  variance of the change at the current look, by the baseline's noise
     */
    static double mixture(double firstVariance, double firstDf, double planVariance) {
        if (!(planVariance > 0) || !(firstVariance > 0)) {
            return 1e6;
        }
        return Math.max(1e-6, bestRatio(TUNING_LEVEL, Math.max(firstDf, 1)) * firstVariance / planVariance);
    }

    /** The r that makes the radius at level {@code a} with {@code df} degrees of freedom smallest (grid search). */
    static double bestRatio(double a, double df) {
        double best = 1;
        double bestRadius = Double.POSITIVE_INFINITY;
        for (int step = 0; step <= 140; step++) {
            double r = Math.exp(step / 10.0); // log r from 0 to 14 in steps of 0.1
            double radius = ConfidenceSequence.radius(a, df, r);
            if (radius < bestRadius) {
                bestRadius = radius;
                best = r;
            }
        }
        return best;
    }

    /** A run's level: the mean of its deployments' means (each Test weighs the same). */
    static double level(List<Deployment> run) {
        return run.stream().mapToDouble(Deployment::mean).average().orElse(Double.NaN);
    }

    static int trials(List<Deployment> run) {
        return run.stream().mapToInt(Deployment::size).sum();
    }

    /**
     * Where the newest level segment of a series of run levels (oldest first) starts: the history is split at the
     * largest two-sample t between the runs before and after a point, when that is significant at
     * {@link #CHANGE_POINT_ALPHA} over all split points and both sides have at least {@link #MIN_SEGMENT} runs; then
     * the later side is searched again. 0 when there is no shift.
     */
    public static int newestSegment(double[] levels) {
        int start = 0;
        while (levels.length - start >= 2 * MIN_SEGMENT) {
            int best = -1;
            double bestT = 0;
            for (int k = start + MIN_SEGMENT; k <= levels.length - MIN_SEGMENT; k++) {
                double t = Math.abs(splitT(levels, start, k));
                if (t > bestT) {
                    bestT = t;
                    best = k;
                }
            }
            int n = levels.length - start;
            int splits = n - 2 * MIN_SEGMENT + 1;
            double p = bestT == Double.POSITIVE_INFINITY ? 0
                    : 2 * TDistribution.of(n - 2).survivalProbability(bestT) * splits;
            if (best < 0 || !(p < CHANGE_POINT_ALPHA)) {
                return start;
            }
            start = best;
        }
        return start;
    }

    private static double splitT(double[] x, int from, int k) {
        double[] left = java.util.Arrays.copyOfRange(x, from, k);
        double[] right = java.util.Arrays.copyOfRange(x, k, x.length);
        double pooled = (Samples.variance(left) * (left.length - 1) + Samples.variance(right) * (right.length - 1))
                / (left.length + right.length - 2);
        double diff = Samples.mean(right) - Samples.mean(left);
        double se = Math.sqrt(pooled * (1.0 / left.length + 1.0 / right.length));
        return se == 0 ? (diff == 0 ? 0 : Double.POSITIVE_INFINITY) : diff / se;
    }
}
