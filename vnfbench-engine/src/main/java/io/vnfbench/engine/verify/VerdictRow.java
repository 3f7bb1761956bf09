package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;

/**
 * One row of the verdict table: a Test key × gated metric (or {@code *}, all Test keys of a metric together), with
 * everything that explains its verdict.
 *
 * @param selector       which samples the gate read (source, metric, agent): the row's metric by key, never by label
 * @param baselineMedian the baseline level the change is relative to (for a history: its centre); NaN when none
 * @param change         signed relative change of the effect estimate; NaN when not compared
 * @param pValue         p-value for "no change" in the bad direction (anytime-valid for the sequential rule); NaN
 *                       when not computed
 * @param limit          what the change or value was held against, e.g. {@code -5.00 % at 0.9998; median >= 1e9}
 * @param decidedAt      the number of candidate Trials (pairs, when interleaved) from which on the verdict held, in
 *                       Test then Trial order; 0 when undecided or not a statistical verdict
 * @param lower          lower end of the degradation's interval at the row's false-alarm level (NaN when none)
 * @param upper          upper end of that interval
 * @param detectable     the smallest regression this row could have detected with the configured power (NaN: none)
 * @param alpha          the row's share of the build's false-alarm budget (NaN when no statistics ran)
 */
public record VerdictRow(String testKey, String gate, Selector selector, Direction direction, Verdict verdict, String method,
                         int baselineCount, int candidateCount, double baselineMedian, double candidateMedian,
                         double change, double pValue, String limit, String reason, int decidedAt, double lower,
                         double upper, double detectable, double alpha) {

    /** The test key of rows that combine every Test key of a metric. */
    public static final String ALL_TESTS = "*";

    public VerdictRow(String testKey, String gate, Selector selector, Direction direction, Verdict verdict, String method,
                      int baselineCount, int candidateCount, double baselineMedian, double candidateMedian,
                      double change, double pValue, String limit, String reason) {
        this(testKey, gate, selector, direction, verdict, method, baselineCount, candidateCount, baselineMedian,
                candidateMedian, change, pValue, limit, reason, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The metric as tables show it: {@code source/metric[@agent]}. */
    public String metric() {
        return selector.label();
    }
}
