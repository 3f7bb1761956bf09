package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Verdict;

/**
 * The statistical outcome for one Test key × metric, with everything needed to explain it.
 *
 * @param verdict          PASS, REGRESSION, IMPROVEMENT or INCONCLUSIVE (the statistics never yield the others)
 * @param method           how the baseline was measured and compared: history, two-run, paired, systemic, or the fixed
 *                         two-sample tests welch and mann-whitney
 * @param baselineCount    baseline samples used (Trials; pairs for paired)
 * @param candidateCount   candidate samples used
 * @param baselineMedian   the baseline level the change is relative to (a history's centre)
 * @param candidateMedian  the candidate level
 * @param change           the effect estimate the decision used, as a signed relative change (candidate − baseline)
 *                         / baseline
 * @param pValue           p-value for "no change" in the bad direction (anytime-valid for the sequential rule); NaN
 *                         when not computed
 * @param tolerance        the relative tolerance the change was held against
 * @param reason           one sentence saying why this verdict
 * @param interval         the degradation's interval at the row's false-alarm level and the smallest regression the
 *                         data could detect
 * @param decided          whether the rule reached a decision (false: more samples could still decide it)
 */
public record Comparison(Verdict verdict, String method, int baselineCount, int candidateCount, double baselineMedian,
                         double candidateMedian, double change, double pValue, double tolerance, String reason,
                         Decision.Interval interval, boolean decided) {

    public Comparison withReason(String newReason) {
        return new Comparison(verdict, method, baselineCount, candidateCount, baselineMedian, candidateMedian, change,
                pValue, tolerance, newReason, interval, decided);
    }
}
