package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
import java.util.Locale;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.TTest;

/**
 * The fixed-n two-sample tests a gate may ask for instead of the anytime-valid rule ({@code method: welch} or
 * {@code mann-whitney}): candidate Trials against one baseline's Trials, a one-sided Welch t-test or Mann–Whitney U test
 * (Apache Commons Statistics), at the row's false-alarm level. They take the samples as they are and ask for no extra
 * Trials. (Called with {@code auto}, as the simulation's anchor rows do, Welch unless a sample of at least 5 has an
 * outlier beyond 3.5 robust SDs, then Mann–Whitney.)
 *
 * <p>A REGRESSION needs both p &lt; α for "worse" and an estimated change beyond the tolerance in the bad direction;
 * IMPROVEMENT the same in the good direction. Otherwise the result is PASS only when a regression of the size
 * {@code detect} is ruled out (the same test shifted by {@code detect} rejects at β); if it cannot be ruled out the
 * samples are too few or too spread and the result is INCONCLUSIVE.
 */
public final class SampleComparator {
    private static final double OUTLIER_ROBUST_SDS = 3.5;
    private static final int AUTO_MANN_WHITNEY_MIN = 5;

    private SampleComparator() {
    }

    /** Compares at the criteria's own α. */
    public static Comparison compare(double[] baseline, double[] candidate, Criteria criteria) {
        return compare(baseline, candidate, criteria, criteria.alpha());
    }

    /**
     * Compares at false-alarm probability {@code alpha}; both arrays must hold finite values only (the caller turns
     * failed measurements into ERROR).
     */
    public static Comparison compare(double[] baseline, double[] candidate, Criteria criteria, double alpha) {
        if (!Samples.allFinite(baseline) || !Samples.allFinite(candidate)) {
            throw new IllegalArgumentException("samples must be finite numbers");
        }
        int nb = baseline.length;
        int nc = candidate.length;
        double bMedian = nb == 0 ? Double.NaN : Samples.median(baseline);
        double cMedian = nc == 0 ? Double.NaN : Samples.median(candidate);
        Method method = resolve(criteria.method(), baseline, candidate);
        String name = method == Method.WELCH ? "welch" : "mann-whitney";
        if (nb < criteria.minSamples() || nc < criteria.minSamples()) {
            return inconclusive(name, nb, nc, bMedian, cMedian, Double.NaN, criteria, String.format(Locale.ROOT,
                    "%d baseline / %d candidate samples, at least %d each needed", nb, nc, criteria.minSamples()));
        }
        double centre = method == Method.WELCH ? Samples.mean(baseline) : bMedian;
        double scale = Math.abs(centre);
        if (scale == 0) {
            return inconclusive(name, nb, nc, bMedian, cMedian, Double.NaN, criteria,
                    "baseline centre is 0, a relative change is undefined (use an absolute bound)");
        }
        if (method == Method.MANN_WHITNEY) {
            double smallestP = 1 / binomial(nb + nc, nb);
            if (smallestP >= alpha) {
                return inconclusive(name, nb, nc, bMedian, cMedian, Samples.hodgesLehmannShift(candidate, baseline) / scale,
                        criteria, String.format(Locale.ROOT,
                                "Mann-Whitney with %d vs %d samples cannot reach p < %s (smallest p = %.3g)",
                                nb, nc, fmt(alpha), smallestP));
            }
        }
        double diff = method == Method.WELCH ? Samples.mean(candidate) - Samples.mean(baseline)
                : Samples.hodgesLehmannShift(candidate, baseline);
        double change = diff / scale;
        double degradation = criteria.direction().degradation(change);
        boolean higher = criteria.direction() == Direction.HIGHER_IS_BETTER;
        AlternativeHypothesis worse = higher ? AlternativeHypothesis.LESS_THAN : AlternativeHypothesis.GREATER_THAN;
        AlternativeHypothesis better = higher ? AlternativeHypothesis.GREATER_THAN : AlternativeHypothesis.LESS_THAN;
        double pWorse = pValue(method, worse, 0, candidate, baseline, degradation > 0);
        double pBetter = pValue(method, better, 0, candidate, baseline, degradation < 0);
        // "Worse by less than detect": the shifted null is "worse by detect or more".
        double detectShift = (higher ? -1 : 1) * criteria.detect() * scale;
        double pRuledOut = pValue(method, better, detectShift, candidate, baseline, degradation < criteria.detect());
        return decide(criteria, alpha, name, nb, nc, bMedian, cMedian, change, degradation, pWorse, pBetter, pRuledOut);
    }

    private static Comparison inconclusive(String name, int nb, int nc, double bMedian, double cMedian, double change,
                                           Criteria c, String reason) {
        return new Comparison(Verdict.INCONCLUSIVE, name, nb, nc, bMedian, cMedian, change, Double.NaN, c.tolerance(),
                reason, Decision.Interval.NONE, false);
    }

    static Comparison decide(Criteria c, double alpha, String name, int nb, int nc, double bMedian, double cMedian,
                             double change, double degradation, double pWorse, double pBetter, double pRuledOut) {
        double tol = c.tolerance();
        if (pWorse < alpha && degradation > tol) {
            return new Comparison(Verdict.REGRESSION, name, nb, nc, bMedian, cMedian, change, pWorse, tol,
                    String.format(Locale.ROOT, "worse by %s (beyond the %s tolerance) with p = %.3g < %s",
                            pct(degradation), pct(tol), pWorse, fmt(alpha)), Decision.Interval.NONE, true);
        }
        if (pBetter < alpha && -degradation > tol) {
            return new Comparison(Verdict.IMPROVEMENT, name, nb, nc, bMedian, cMedian, change, pWorse, tol,
                    String.format(Locale.ROOT, "better by %s (beyond the %s tolerance) with p = %.3g < %s",
                            pct(-degradation), pct(tol), pBetter, fmt(alpha)), Decision.Interval.NONE, true);
        }
        if (pRuledOut <= c.beta()) {
            String why = pWorse < alpha
                    ? "significantly worse but within the " + pct(tol) + " tolerance"
                    : "no significant change beyond the " + pct(tol) + " tolerance";
            return new Comparison(Verdict.PASS, name, nb, nc, bMedian, cMedian, change, pWorse, tol, why,
                    Decision.Interval.NONE, true);
        }
        return new Comparison(Verdict.INCONCLUSIVE, name, nb, nc, bMedian, cMedian, change, pWorse, tol,
                String.format(Locale.ROOT, "too few samples or too much spread: a regression of %s cannot be ruled out "
                        + "(p = %.3g > %s); add Trials", pct(c.detect()), pRuledOut, fmt(c.beta())),
                Decision.Interval.NONE, false);
    }

    private static double pValue(Method method, AlternativeHypothesis alternative, double mu, double[] candidate,
                                 double[] baseline, boolean holdsWhenDeterministic) {
        if (Samples.variance(candidate) == 0 && Samples.variance(baseline) == 0) {
            // No spread at all: the t statistic is undefined, the ordering is certain.
            return holdsWhenDeterministic ? 0 : 1;
        }
        if (method == Method.WELCH) {
            return TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).with(alternative).withMu(mu)
                    .test(candidate, baseline).getPValue();
        }
        return MannWhitneyUTest.withDefaults().with(alternative).withMu(mu).test(candidate, baseline).getPValue();
    }

    /** Number of ways to choose k of n, as a double (exact enough for the sample sizes of a gate). */
    static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    static Method resolve(Method method, double[] baseline, double[] candidate) {
        if (method != Method.AUTO) {
            return method;
        }
        boolean bigEnough = baseline.length >= AUTO_MANN_WHITNEY_MIN && candidate.length >= AUTO_MANN_WHITNEY_MIN;
        if (bigEnough && (Samples.hasOutlier(baseline, OUTLIER_ROBUST_SDS) || Samples.hasOutlier(candidate, OUTLIER_ROBUST_SDS))) {
            return Method.MANN_WHITNEY;
        }
        return Method.WELCH;
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
