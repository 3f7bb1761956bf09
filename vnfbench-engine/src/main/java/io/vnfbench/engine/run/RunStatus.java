package io.vnfbench.engine.run;

/** How a run ended. */
public enum RunStatus {
    /** Every planned Trial ran (evaluations may still carry errors). */
    COMPLETED,
    /** The run stopped early: a deployment failed (the draft's rule) or the environment could not be created. */
    FAILED,
    /** The run was cancelled (Ctrl-C, SIGTERM, Jenkins abort); everything was torn down. */
    CANCELLED
}
