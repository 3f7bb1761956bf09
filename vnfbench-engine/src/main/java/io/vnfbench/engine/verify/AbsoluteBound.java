package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Locale;
import java.util.Optional;

/**
 * Absolute limits on one statistic of the candidate's samples of a Test: the median, or a percentile where it makes
 * sense (tail latency). Checked whatever the baseline says.
 *
 * @param statistic {@code median} or {@code p<NN>}
 * @param quantile  the statistic as a probability (0.5 for the median)
 * @param atLeast   nullable lower limit
 * @param atMost    nullable upper limit
 */
public record AbsoluteBound(String statistic, double quantile, @CheckForNull Double atLeast, @CheckForNull Double atMost) {

    public boolean isSet() {
        return atLeast != null || atMost != null;
    }

    /** The value of the statistic on the samples. */
    public double value(double[] samples) {
        return Samples.quantile(samples, quantile);
    }

    /** A sentence when a limit is broken. */
    public Optional<String> violation(double[] samples) {
        double v = value(samples);
        if (atLeast != null && v < atLeast) {
            return Optional.of(String.format(Locale.ROOT, "%s %s is below the absolute minimum %s", statistic,
                    VerdictTable.number(v), VerdictTable.number(atLeast)));
        }
        if (atMost != null && v > atMost) {
            return Optional.of(String.format(Locale.ROOT, "%s %s is above the absolute maximum %s", statistic,
                    VerdictTable.number(v), VerdictTable.number(atMost)));
        }
        return Optional.empty();
    }

    /** How the limit reads in a table, e.g. {@code median >= 1e9}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (atLeast != null) {
            sb.append(statistic).append(" >= ").append(VerdictTable.number(atLeast));
        }
        if (atMost != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(statistic).append(" <= ").append(VerdictTable.number(atMost));
        }
        return sb.toString();
    }
}
