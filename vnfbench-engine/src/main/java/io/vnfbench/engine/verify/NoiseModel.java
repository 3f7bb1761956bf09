package io.vnfbench.engine.verify;

import java.util.List;
import java.util.Locale;

/**
 * Noise of one Test key × metric on one testbed, pooled from a history of earlier builds (each build's Trials are one
 * sample group). A one-way random-effects model: every Trial = build level + trial noise, build level = centre + drift.
 *
 * <p>Many earlier builds pin the variance down far better than the few Trials of one baseline build can, which is
 * what lets the gate decide with few candidate Trials. Between-build drift (reboots, placement) is estimated too, so
 * it widens the limits instead of raising false alarms.
 *
 * @param centre          mean of the build means (equal weight per build)
 * @param centreVariance  variance of that centre (variance of the build means over the number of builds)
 * @param withinVariance  pooled within-build (trial-to-trial) variance
 * @param withinDf        its degrees of freedom, Σ(nᵢ − 1)
 * @param betweenVariance build-to-build variance of the build level beyond what trial noise explains (≥ 0)
 * @param builds          number of builds in the history
 * @param samples         number of samples in the history
 */
public record NoiseModel(double centre, double centreVariance, double withinVariance, double withinDf, double betweenVariance, int builds,
                         int samples) {

    /** At least this many builds before the history is trusted for its noise. */
    public static final int MIN_BUILDS = 3;
    /** At least this many within-build degrees of freedom before the history is trusted for its noise. */
    public static final int MIN_WITHIN_DF = 10;

    /**
     * Pools a history and centres it on the median of the build means (robust against one odd build, as the
     * {@code median:N} baseline policy promises); the centre's variance grows by π/2 accordingly.
     */
    public static NoiseModel fromBuilds(List<double[]> builds, boolean medianCentre) {
        NoiseModel m = fromBuilds(builds);
        if (!medianCentre || builds.size() < 3) {
            return m;
        }
        double[] means = builds.stream().mapToDouble(Samples::mean).toArray();
        return new NoiseModel(Samples.median(means), m.centreVariance() * Math.PI / 2, m.withinVariance(), m.withinDf(),
                m.betweenVariance(), m.builds(), m.samples());
    }

    /** Pools a history; each element is one build's samples (builds with fewer than 2 samples add to the centre only). */
    public static NoiseModel fromBuilds(List<double[]> builds) {
        if (builds.isEmpty()) {
            throw new IllegalArgumentException("a noise model needs at least one build");
        }
        int k = builds.size();
        double[] means = new double[k];
        double ss = 0;
        double df = 0;
        double inverseSizes = 0;
        int n = 0;
        for (int i = 0; i < k; i++) {
            double[] b = builds.get(i);
            if (b.length == 0 || !Samples.allFinite(b)) {
                throw new IllegalArgumentException("build " + i + " of the history has no samples or a non-finite one");
            }
            means[i] = Samples.mean(b);
            ss += Samples.variance(b) * (b.length - 1);
            df += b.length - 1;
            inverseSizes += 1.0 / b.length;
            n += b.length;
        }
        double within = df > 0 ? ss / df : 0;
        double between = k > 1 ? Math.max(0, Samples.variance(means) - within * inverseSizes / k) : 0;
        double centreVariance = k > 1 ? Samples.variance(means) / k : within / n;
        return new NoiseModel(Samples.mean(means), centreVariance, within, df, between, k, n);
    }

    /** Whether the history is long enough to trust its noise estimate. */
    public boolean usable() {
        return builds >= MIN_BUILDS && withinDf >= MIN_WITHIN_DF && centre != 0;
    }

    /** Variance of the mean of {@code n} candidate Trials minus the centre (trial noise, drift, and the centre's own error). */
    public double varianceOfDifference(int n) {
        return withinVariance / n + betweenVariance + centreVariance;
    }

    /** Degrees of freedom for the t reference distribution: the drift dominates → builds − 1, else pooled within df. */
    public double degreesOfFreedom() {
        return betweenVariance > 0 ? Math.max(builds - 1, 1) : Math.max(withinDf, 1);
    }

    /** Relative trial-to-trial standard deviation (coefficient of variation). */
    public double cv() {
        return Math.sqrt(withinVariance) / Math.abs(centre);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "history of %d builds / %d samples, centre %.6g, CV %.2f %%, drift SD %.2f %%",
                builds, samples, centre, cv() * 100, Math.sqrt(betweenVariance) / Math.abs(centre) * 100);
    }
}
