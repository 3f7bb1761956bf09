package io.vnfbench.engine.verify;

/**
 * The gate's anytime-valid confidence sequence: a normal mixture over the change, with the noise scale integrated out
 * under its right-Haar prior (a scale-invariant mixture SPRT; Lai 1976, Pérez-Ortiz et al. 2024). Its e-value is
 *
 * <pre>
 *   E(δ₀) = (1 + r)^(−1/2) · [ (1 + t²/ν) / (1 + t²/(ν(1 + r))) ]^((ν+1)/2),   t = (estimate − δ₀) / se
 * </pre>
 *
 * where ν is the degrees of freedom of the variance estimate and r the ratio of the mixture's variance to the
 * estimate's. Under "the change is δ₀" the sequence of these e-values, one per look, is a test martingale, so by
 * Ville's inequality it ever reaches 1/a with probability at most a — however many Trials are added and whenever the
 * gate stops. Inverting it gives the interval estimate ± radius·se that covers the true change at every look with
 * probability at least 1 − a. The radius has a closed form (docs/verification.md derives it); as ν → ∞ it becomes the
 * normal-mixture boundary √((1 + 1/r)(ln(1 + r) + 2 ln(1/a))).
 */
public final class ConfidenceSequence {
    private ConfidenceSequence() {
    }

    /**
     * The multiplier of the standard error that bounds the change at level {@code a}: +∞ when the data cannot exclude
     * any change yet (too few degrees of freedom for that level).
     *
     * @param a  error probability, in (0, 1)
     * @param df degrees of freedom of the variance estimate (&gt; 0; {@code Double.POSITIVE_INFINITY} for a known variance)
     * @param r  mixture variance over the estimate's variance (&gt; 0)
     */
    public static double radius(double a, double df, double r) {
        if (!(a > 0 && a < 1) || !(df > 0) || !(r > 0)) {
            throw new IllegalArgumentException("need 0 < a < 1, df > 0, r > 0; got a=" + a + ", df=" + df + ", r=" + r);
        }
        double logThreshold = 0.5 * Math.log1p(r) - Math.log(a); // ln(√(1+r)/a)
        if (df > 1e7 || Double.isInfinite(df)) {
            return Math.sqrt((1 + 1 / r) * 2 * logThreshold);
        }
        double logQ = 2 * logThreshold / (df + 1);
        double q = Math.exp(logQ);
        double denominator = 1 - q / (1 + r);
        if (denominator <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(df * Math.expm1(logQ) / denominator);
    }

    /**
     * The multiplier for a one-sided bound at level {@code a}. The half-normal mixture (the effect only on one side) is
     * an e-process too, and for a positive distance its e-value is at least 2E − 1, E being the symmetric mixture's; so
     * E ≥ (1 + 1/a)/2 bounds one side at level a, which is the symmetric radius at level 2a/(1 + a).
     */
    public static double oneSidedRadius(double a, double df, double r) {
        return radius(2 * a / (1 + a), df, r);
    }

    /** The e-value of "the change is δ₀" for a standardised distance {@code t} = (estimate − δ₀)/se. */
    public static double eValue(double t, double df, double r) {
        if (!(df > 0) || !(r > 0)) {
            throw new IllegalArgumentException("need df > 0, r > 0; got df=" + df + ", r=" + r);
        }
        double t2 = t * t;
        double log;
        if (df > 1e7 || Double.isInfinite(df)) {
            log = -0.5 * Math.log1p(r) + 0.5 * t2 * r / (1 + r);
        } else {
            log = -0.5 * Math.log1p(r) + (df + 1) / 2 * (Math.log1p(t2 / df) - Math.log1p(t2 / (df * (1 + r))));
        }
        return Math.exp(log);
    }

    /** The anytime-valid p-value of "the change is δ₀" against the side t points to: min(1, 1/(2E − 1)). */
    public static double pValue(double t, double df, double r) {
        double e = 2 * eValue(t, df, r) - 1;
        return e <= 1 ? 1 : Math.min(1, 1 / e);
    }
}
