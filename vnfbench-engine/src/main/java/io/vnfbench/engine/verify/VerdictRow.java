package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;

/**
 * One row of the verdict table: a Test key × gated metric, with everything that explains its verdict.
 *
 * @param selector       which samples the gate read (source, metric, agent): the row's metric by key, never by label
 * @param baselineMedian median of the baseline samples (for a pooled history: its centre); NaN when none
 * @param change         signed relative change of the effect estimate; NaN when not compared
 * @param pValue         one-sided p-value for "worse"; NaN when not computed
 * @param limit          what the change or value was held against, e.g. {@code tol 2.00 %, α 0.01; median >= 1e9}
 */
public record VerdictRow(String testKey, String gate, Selector selector, Direction direction, Verdict verdict,
                         String method, int baselineCount, int candidateCount, double baselineMedian,
                         double candidateMedian, double change, double pValue, String limit, String reason) {

    /** The metric as tables show it: {@code source/metric[@agent]}. */
    public String metric() {
        return selector.label();
    }
}
