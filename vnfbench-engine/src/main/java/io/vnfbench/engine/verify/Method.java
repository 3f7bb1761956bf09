package io.vnfbench.engine.verify;

import java.util.Locale;

/** The two-sample test used when a baseline gives only its own samples (no history to pool noise from). */
public enum Method {
    /** Welch's t-test on the means (unequal variances). */
    WELCH,
    /** Mann–Whitney U test on the ranks (robust to skew and outliers, needs more samples to reach high confidence). */
    MANN_WHITNEY,
    /** Welch, unless either sample has at least 5 values and an outlier (beyond 3.5 robust SDs from its median). */
    AUTO;

    /** Parses {@code welch}, {@code mann-whitney} or {@code auto}. */
    public static Method parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "welch", "t", "t-test" -> WELCH;
            case "mann-whitney", "mannwhitney", "u", "mwu" -> MANN_WHITNEY;
            case "auto" -> AUTO;
            default -> throw new IllegalArgumentException("method must be welch, mann-whitney or auto, got '" + text + "'");
        };
    }
}
