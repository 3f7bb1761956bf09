package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Verdict;

/**
 * The statistical outcome for one Test key × metric, with everything needed to explain it.
 *
 * @param verdict          PASS, REGRESSION, IMPROVEMENT or INCONCLUSIVE (the statistics never yield the others)
 * @param method           the test that decided: welch, mann-whitney, pooled (history noise, fixed n), sequential
 * @param baselineCount    baseline samples used
 * @param candidateCount   candidate samples used
 * @param baselineMedian   median of the baseline samples (NaN for a history model: its centre is a mean)
 * @param candidateMedian  median of the candidate samples
 * @param change           the effect estimate the decision used, as a signed relative change (candidate − baseline)
 *                         / baseline: difference of means for t-based methods, Hodges–Lehmann shift for Mann–Whitney
 * @param pValue           one-sided p-value for "worse than the baseline" (NaN when not computed)
 * @param tolerance        the relative tolerance the change was held against
 * @param reason           one sentence saying why this verdict
 */
public record Comparison(Verdict verdict, String method, int baselineCount, int candidateCount, double baselineMedian,
                         double candidateMedian, double change, double pValue, double tolerance, String reason) {
}
