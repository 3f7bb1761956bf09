package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Verdict;
import java.util.Locale;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Compares a fixed number of candidate samples with a baseline history's {@link NoiseModel}: a one-sided t-test of the
 * candidate mean against the history centre, with the variance pooled from the history (so its degrees of freedom are
 * those of the history, not of the few candidate Trials). Same decision rule as {@link SampleComparator}.
 */
public final class PooledComparator {
    private PooledComparator() {
    }

    public static Comparison compare(NoiseModel noise, double[] candidate, Criteria criteria) {
        return compare(noise, candidate, criteria, "pooled");
    }

    static Comparison compare(NoiseModel noise, double[] candidate, Criteria criteria, String name) {
        if (!Samples.allFinite(candidate)) {
            throw new IllegalArgumentException("samples must be finite numbers");
        }
        int nc = candidate.length;
        double cMedian = nc == 0 ? Double.NaN : Samples.median(candidate);
        if (nc < criteria.minSamples()) {
            return new Comparison(Verdict.INCONCLUSIVE, name, noise.samples(), nc, noise.centre(), cMedian, Double.NaN,
                    Double.NaN, criteria.tolerance(), String.format(Locale.ROOT,
                    "%d candidate samples, at least %d needed", nc, criteria.minSamples()));
        }
        Stats s = Stats.of(noise, candidate, criteria);
        TDistribution t = TDistribution.of(noise.degreesOfFreedom());
        double pWorse = t.survivalProbability(s.degradation / s.sd);
        double pBetter = t.cumulativeProbability(s.degradation / s.sd);
        double pRuledOut = t.cumulativeProbability((s.degradation - criteria.detect()) / s.sd);
        return SampleComparator.decide(criteria, name, noise.samples(), nc, noise.centre(), cMedian, s.change,
                s.degradation, pWorse, pBetter, pRuledOut);
    }

    /** Robust SDs from the candidate's median beyond which a candidate sample is pulled in (winsorised). */
    static final double WINSOR_SDS = 3;

    /**
     * Pulls candidate samples further than {@link #WINSOR_SDS} trial SDs (known from the history) from the candidate's own
     * median in to that distance: a single wild Trial cannot raise a false alarm, while a real shift of the whole build
     * (which moves the median too) is untouched.
     */
    static double[] winsorized(double[] candidate, NoiseModel noise) {
        double m = Samples.median(candidate);
        double limit = WINSOR_SDS * Math.sqrt(noise.withinVariance());
        double[] w = candidate.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(m - limit, Math.min(m + limit, w[i]));
        }
        return w;
    }

    /** Relative change, degradation and the standard deviation of the degradation for n candidate samples. */
    record Stats(double change, double degradation, double sd) {
        static Stats of(NoiseModel noise, double[] candidate, Criteria criteria) {
            double scale = Math.abs(noise.centre());
            double change = (Samples.mean(winsorized(candidate, noise)) - noise.centre()) / scale;
            double sd = Math.sqrt(noise.varianceOfDifference(candidate.length)) / scale;
            // A history without spread: keep the arithmetic finite, the ordering decides.
            return new Stats(change, criteria.direction().degradation(change), Math.max(sd, 1e-12));
        }
    }
}
