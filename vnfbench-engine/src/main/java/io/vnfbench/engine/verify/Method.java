package io.vnfbench.engine.verify;

import java.util.Locale;

/**
 * How a row is tested: {@code auto}, the anytime-valid rule of {@link Decision} (every design, live Trials), or one of
 * the fixed-n two-sample tests on the Trials against one baseline run, at the row's false-alarm level.
 */
public enum Method {
    /** Welch's t-test on the means (unequal variances). */
    WELCH,
    /** Mann–Whitney U test on the ranks (robust to skew and outliers, needs more samples to reach high confidence). */
    MANN_WHITNEY,
    /** The anytime-valid confidence sequence on deployments as units ({@link Decision}); the default. */
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
