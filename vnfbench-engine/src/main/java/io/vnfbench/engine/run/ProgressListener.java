package io.vnfbench.engine.run;

/**
 * Told what the Manager is doing, for a progress bar (CLI) or console lines (Jenkins). Called on the Manager's
 * thread; implementations must be quick and must not throw. Every method has a no-op default.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() { };

    /** Before the first instance: how many planned instances and Trials there are in all. */
    default void runStarted(Progress progress) {
    }

    default void instanceStarted(Progress progress) {
    }

    default void testStarted(Progress progress) {
    }

    default void trialStarted(Progress progress) {
    }

    /** After a Trial's snapshots are written to the VNF-BR file. */
    default void trialFinished(Progress progress) {
    }

    /** A Trial found finished in the file being resumed; it is not run again. */
    default void trialSkipped(Progress progress) {
    }

    /** Something the user should know that does not stop the run (a retry, a failed evaluation, a warning). */
    default void warning(String message) {
    }

    default void runFinished(Progress progress) {
    }
}
