package io.vnfbench.engine.trend;

/** Whether the run's gate passed; {@link #NOT_GATED} when the run carries no verdicts. */
public enum GateOutcome {
    PASSED,
    FAILED,
    NOT_GATED
}
