package io.vnfbench.engine.verify;

/** Outcome of gating one Test key × metric. */
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
    /** The measurement failed (an evaluation with an error, or a non-numeric value). */
    ERROR
}
