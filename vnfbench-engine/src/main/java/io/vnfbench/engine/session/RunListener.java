package io.vnfbench.engine.session;

/**
 * Told what a run is doing, for a progress bar (command line) or build-log lines (Jenkins). Called on the run's
 * thread; implementations must be quick and must not throw. Every method has a no-op default.
 */
public interface RunListener {
    RunListener NONE = new RunListener() { };

    /** Before the first instance: how many planned instances and Trials there are in all. */
    default void runStarted(RunProgress progress) {
    }

    default void instanceStarted(RunProgress progress) {
    }

    default void testStarted(RunProgress progress) {
    }

    default void trialStarted(RunProgress progress) {
    }

    /** After a Trial's snapshots are written to the VNF-BR file. */
    default void trialFinished(RunProgress progress) {
    }

    /** A Trial found finished in the file being resumed; it is not run again. */
    default void trialSkipped(RunProgress progress) {
    }

    /** Something the user should know that does not stop the run (a document warning, a retry, a failed teardown). */
    default void warning(String message) {
    }

    default void runFinished(RunProgress progress) {
    }
}
