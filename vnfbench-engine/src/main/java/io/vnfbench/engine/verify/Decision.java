package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Verdict;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The gate's rule on one {@link Evidence}, through the anytime-valid {@link ConfidenceSequence}: with the degradation d
 * (the change in the bad direction) and its interval at level α (the row's share of the build's false-alarm budget),
 *
 * <ul>
 *   <li>REGRESSION: the interval excludes 0 on the good side (lower bound &gt; 0) and d is beyond the tolerance;</li>
 *   <li>IMPROVEMENT: the interval excludes 0 on the bad side and −d is beyond the tolerance;</li>
 *   <li>PASS: the interval at level β (1 − power) excludes a regression of {@code detect} (upper bound &lt; detect);</li>
 *   <li>otherwise undecided: more Trials may decide it, and when none come it is INCONCLUSIVE.</li>
 * </ul>
 *
 * Because the interval holds at every look, asking for more Trials while undecided and stopping at a decision keeps
 * both error rates; because it depends on the set of samples only, the order of the Trials does not matter.
 */
public final class Decision {
    private Decision() {
    }

    /**
     * The outcome on the evidence.
     *
     * @param alpha the row's false-alarm probability
     */
    public static Comparison decide(Evidence e, Criteria c, double alpha) {
        int nb = e.baselineCount();
        int nc = e.candidateCount();
        String method = e.method();
        double tol = c.tolerance();
        if (nc < c.minSamples() && !"paired".equals(method)) {
            return undecided(e, c, alpha, String.format(Locale.ROOT, "%d candidate Trials, at least %d needed", nc,
                    c.minSamples()));
        }
        if (!(Math.abs(e.baselineCentre()) > 0) || Double.isNaN(e.change())) {
            return undecided(e, c, alpha, "baseline centre is 0, a relative change is undefined (use an absolute bound)");
        }
        if (!e.hasNoise()) {
            return undecided(e, c, alpha, "paired".equals(method) ? nc + " A/B pairs, at least 2 needed"
                    : "no spread to estimate the noise from (every Test has a single Trial)");
        }
        double d = c.direction().degradation(e.change());
        double se = e.se();
        double lower;
        double upper;
        double upperPass;
        double p;
        double detectable;
        if (se == 0) {
            lower = d;
            upper = d;
            upperPass = d;
            p = d > 0 ? 0 : 1;
            detectable = tol;
        } else {
            double r = e.mixtureRatio();
            double ta = ConfidenceSequence.oneSidedRadius(alpha, e.df(), r);
            double tb = ConfidenceSequence.oneSidedRadius(c.beta(), e.df(), r);
            lower = d - ta * se;
            upper = d + ta * se;
            upperPass = d + tb * se;
            p = d > 0 ? ConfidenceSequence.pValue(d / se, e.df(), r) : 1;
            detectable = Math.max(tol, (ta + NormalDistribution.of(0, 1).inverseSurvivalProbability(c.beta())) * se);
        }
        Interval iv = new Interval(lower, upper, detectable, alpha);
        if (lower > 0 && d > tol) {
            return outcome(e, c, Verdict.REGRESSION, p, iv, String.format(Locale.ROOT,
                    "worse by %s (beyond the %s tolerance): the %s interval [%s, %s] excludes no change", size(d), size(tol),
                    level(alpha), pct(lower), pct(upper)));
        }
        if (upper < 0 && -d > tol) {
            return outcome(e, c, Verdict.IMPROVEMENT, p, iv, String.format(Locale.ROOT,
                    "better by %s (beyond the %s tolerance): interval [%s, %s]", size(-d), size(tol), pct(lower),
                    pct(upper)));
        }
        if (upperPass < c.detect()) {
            String why = lower > 0
                    ? String.format(Locale.ROOT, "worse by %s, significant but within the %s tolerance", size(d), size(tol))
                    : String.format(Locale.ROOT, "no regression of %s: at %s the degradation is below %s", size(c.detect()),
                            level(c.beta()), pct(upperPass));
            return outcome(e, c, Verdict.PASS, p, iv, why);
        }
        String why = Double.isInfinite(upper)
                ? String.format(Locale.ROOT, "a regression of %s cannot be ruled out yet: degradation %s, but its noise "
                        + "estimate has %.1f degrees of freedom, too few to bound it at %s (add Tests or Trials)",
                        size(c.detect()), pct(d), e.df(), level(alpha))
                : String.format(Locale.ROOT, "a regression of %s cannot be ruled out yet (degradation %s, interval "
                        + "[%s, %s]; this run detects %s)", size(c.detect()), pct(d), pct(lower), pct(upper),
                        size(detectable));
        return new Comparison(Verdict.INCONCLUSIVE, method, nb, nc, e.baselineCentre(), e.candidateLevel(),
                e.change(), p, tol, why, iv, false);
    }

    /** The row's interval on the degradation and what this run could detect. */
    public record Interval(double lower, double upper, double detectable, double alpha) {
        static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static Comparison outcome(Evidence e, Criteria c, Verdict v, double p, Interval iv, String reason) {
        return new Comparison(v, e.method(), e.baselineCount(), e.candidateCount(), e.baselineCentre(),
                e.candidateLevel(), e.change(), p, c.tolerance(), reason, iv, true);
    }

    private static Comparison undecided(Evidence e, Criteria c, double alpha, String reason) {
        return new Comparison(Verdict.INCONCLUSIVE, e.method(), e.baselineCount(), e.candidateCount(),
                e.baselineCentre(), e.candidateLevel(), e.change(), Double.NaN, c.tolerance(), reason,
                new Interval(Double.NaN, Double.NaN, Double.NaN, alpha), false);
    }

    static String pct(double fraction) {
        return Double.isInfinite(fraction) ? (fraction > 0 ? "+inf" : "-inf")
                : String.format(Locale.ROOT, "%+.2f %%", fraction * 100);
    }

    static String size(double fraction) {
        return Double.isInfinite(fraction) ? "inf" : String.format(Locale.ROOT, "%.2f %%", Math.abs(fraction) * 100);
    }

    private static String level(double a) {
        return String.format(Locale.ROOT, "%.4g %%", (1 - a) * 100);
    }
}
