package io.vnfbench.engine.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a metric gets better: the one vocabulary of the gate, the run summaries, the charts and the front ends.
 * Gates never guess it: every gated metric states it ({@link GatedMetric#direction()}); a summary knows it only when a
 * gate named it.
 */
public enum Direction {
    /** Throughput, packets per second: a drop is a regression. */
    HIGHER_IS_BETTER("higher"),
    /** Latency, loss, CPU per packet: a rise is a regression. */
    LOWER_IS_BETTER("lower");

    private final String keyword;

    Direction(String keyword) {
        this.keyword = keyword;
    }

    /** The word written in documents: {@code higher} or {@code lower}. */
    public String keyword() {
        return keyword;
    }

    /**
     * Turns a signed relative change (candidate minus baseline, over baseline) into a degradation: positive means worse.
     */
    public double degradation(double relativeChange) {
        return this == HIGHER_IS_BETTER ? -relativeChange : relativeChange;
    }

    /** {@code higher} or {@code lower} (or the constant's name), case-insensitively; empty for anything else. */
    public static Optional<Direction> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Direction d : values()) {
            if (d.keyword.equals(t) || d.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** As {@link #find}, but anything else is an error that says what is accepted. */
    public static Direction parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "direction must be 'higher' or 'lower' (which way the metric gets better), got '" + text + "'"));
    }
}
