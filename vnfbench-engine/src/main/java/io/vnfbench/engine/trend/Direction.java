package io.vnfbench.engine.trend;

import java.util.Locale;
import java.util.Optional;

/** Which way a metric improves; recorded in a summary only when the gate said so (never guessed). */
public enum Direction {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower");

    private final String token;

    Direction(String token) {
        this.token = token;
    }

    /** The word used in the summary format. */
    public String token() {
        return token;
    }

    /** Parses {@code higher}/{@code lower} (or the enum names), case-insensitively. */
    public static Optional<Direction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Direction d : values()) {
            if (d.token.equals(t) || d.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
