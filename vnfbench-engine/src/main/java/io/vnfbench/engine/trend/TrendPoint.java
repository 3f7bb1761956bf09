package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import java.time.Instant;

/**
 * One run's (or, after downsampling, one bucket of runs') value of a metric on a trend.
 *
 * @param runNumber      the run number, or the 1-based position in the history when the run has none; for a bucket,
 *                       the number of its last run
 * @param timestamp      nullable
 * @param verdict        nullable; for a bucket, REGRESSION when any run in it regressed, else IMPROVEMENT when any
 *                       improved, else the last run's verdict
 * @param baselineMedian NaN when unknown
 * @param runsCovered    1, or the number of runs a downsampled bucket stands for
 */
public record TrendPoint(long runNumber, String runId, @CheckForNull Instant timestamp, int n, double min, double median, double max,
        @CheckForNull Verdict verdict, double baselineMedian, GateOutcome gate, int runsCovered) {

    public boolean isRegression() {
        return verdict == Verdict.REGRESSION;
    }

    public boolean isImprovement() {
        return verdict == Verdict.IMPROVEMENT;
    }
}
