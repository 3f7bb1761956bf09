package io.vnfbench.engine.probe;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs external commands for tools (iperf3, ping, ...) with an argument array, never through a shell,
 * with a bound and a cancellation token. The environment supplies it: locally it starts OS processes
 * and owns them (so teardown can kill what is left); elsewhere it may exec in a pod.
 */
public interface CommandRunner {

    /**
     * Runs a command to its end, or stops it (and every process it started) when the bound runs out or the
     * token is cancelled. Never throws for a failing command: the result tells.
     *
     * @throws IOException when the command cannot be started at all (e.g. not installed)
     */
    CommandResult run(List<String> command, Duration bound, CancellationToken token) throws IOException;

    /**
     * Starts a long-lived command (e.g. an {@code iperf3 -s} server) that the caller stops by closing the
     * handle; the runner also stops it on cancellation and when its owner tears down.
     */
    Background start(List<String> command, CancellationToken token) throws IOException;

    /** A running background command. */
    interface Background extends AutoCloseable {
        /** The exact command. */
        String call();

        boolean isAlive();

        /** Stops the command and its descendants (idempotent), and returns how it ended within the bound. */
        CommandResult stop(Duration bound);

        @Override
        default void close() {
            stop(Duration.ofSeconds(5));
        }
    }
}
