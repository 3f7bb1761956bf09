package io.vnfbench.engine.verify;

import java.util.List;

/**
 * What the data say about one relative change, before a decision: the estimate, its variance with the degrees of
 * freedom of that variance, and the mixture's scale, ready for the {@link ConfidenceSequence}.
 *
 * @param method          how the estimate was formed: {@code history}, {@code two-run}, {@code paired}, {@code systemic}
 * @param change          signed relative change of the candidate against the baseline ((candidate − baseline) / baseline)
 * @param variance        variance of {@code change} (relative units squared); NaN when the noise cannot be estimated
 * @param df              degrees of freedom of {@code variance}
 * @param mixtureRatio    the mixture's variance over the variance this design has by the baseline alone (the
 *                        confidence sequence's r); fixed before the candidate's samples count
 * @param baselineCount   baseline samples (Trials, or pairs for {@code paired})
 * @param candidateCount  candidate samples (Trials, or pairs)
 * @param baselineCentre  the baseline level the change is relative to
 * @param candidateLevel  the candidate level
 * @param notes           what the reader must know about the estimate (assumptions, dropped data)
 */
public record Evidence(String method, double change, double variance, double df, double mixtureRatio,
                       int baselineCount, int candidateCount, double baselineCentre, double candidateLevel,
                       List<String> notes) {
    public Evidence {
        notes = List.copyOf(notes);
    }

    /** Standard error of the change. */
    public double se() {
        return Math.sqrt(variance);
    }

    /** Whether the noise could be estimated at all. */
    public boolean hasNoise() {
        return !Double.isNaN(variance) && df > 0;
    }
}
