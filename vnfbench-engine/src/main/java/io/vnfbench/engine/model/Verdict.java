package io.vnfbench.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Outcome of gating one Test key × metric: the one verdict vocabulary of the gate, the run summaries, the reports and
 * the front ends. Documents carry the constant's name ({@link VerificationResult.VerdictEntry#verdict()}).
 */
public enum Verdict {
    /** No significant change beyond the tolerance, and a regression of the detectable size is ruled out. */
    PASS,
    /** Significantly worse AND worse by more than the tolerance (or an absolute bound is violated). */
    REGRESSION,
    /** Significantly better AND better by more than the tolerance. */
    IMPROVEMENT,
    /** Too few samples or too much spread to decide; reported, never a silent pass. */
    INCONCLUSIVE,
    /** Nothing to compare against: the baseline has no samples for this Test key × metric. */
    NO_BASELINE,
    /** The Test was not run (skipped by a constraint) or the selector matched no samples in the candidate. */
    SKIPPED,
    /** The measurement failed (an evaluation with an error, a Trial without a finite value). */
    ERROR;

    /** A verdict as documents write it (the constant's name, case-insensitively); empty for anything else. */
    public static Optional<Verdict> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(t)).findFirst();
    }

    /** As {@link #find}, but anything else is an error that lists the verdicts. */
    public static Verdict parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("verdict '" + text + "' is not one of "
                + Arrays.toString(values())));
    }
}
