package io.vnfbench.engine.verify;

import java.util.Locale;

/** Which way a metric gets better. Gates never guess it: every gated metric states it. */
public enum Direction {
    /** Throughput, packets per second: a drop is a regression. */
    HIGHER_IS_BETTER("higher"),
    /** Latency, loss, CPU per packet: a rise is a regression. */
    LOWER_IS_BETTER("lower");

    private final String keyword;

    Direction(String keyword) {
        this.keyword = keyword;
    }

    /** The word used in gate specifications ({@code higher} or {@code lower}). */
    public String keyword() {
        return keyword;
    }

    /**
     * Turns a signed relative change (candidate minus baseline, over baseline) into a degradation: positive means worse.
     */
    public double degradation(double relativeChange) {
        return this == HIGHER_IS_BETTER ? -relativeChange : relativeChange;
    }

    /** Parses {@code higher} or {@code lower} (case-insensitive). */
    public static Direction parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (Direction d : values()) {
                if (d.keyword.equals(t)) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("direction must be 'higher' or 'lower' (which way the metric gets better), got '"
                + text + "'");
    }
}
