package io.vnfbench.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a run's gate passed: the one vocabulary of the gate's result ({@link VerificationResult#gate()}), the run
 * summaries and the front ends. {@link #NOT_GATED} when no gate ran.
 */
public enum GateOutcome {
    PASSED,
    FAILED,
    NOT_GATED;

    /** The word documents carry: {@code passed}, {@code failed}, {@code not-gated}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A keyword as {@link #keyword()} writes it (case-insensitively); empty for anything else. */
    public static Optional<GateOutcome> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.keyword().equals(t)).findFirst();
    }

    /** The outcome a verification result states; NOT_GATED when there is none. */
    public static GateOutcome of(VerificationResult result) {
        return result == null ? NOT_GATED : find(result.gate()).orElse(NOT_GATED);
    }
}
