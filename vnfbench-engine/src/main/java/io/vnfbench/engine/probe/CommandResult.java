package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.util.Objects;

/**
 * The end of one external command run by a {@link CommandRunner}.
 *
 * @param call the exact command, arguments joined by single spaces (quoted where they contain spaces)
 * @param exitCode the process exit code; -1 when it was killed because of timeout or cancellation
 * @param timedOut whether the command was stopped because its bound ran out
 * @param cancelled whether the command was stopped because its token was cancelled
 */
public record CommandResult(String call, int exitCode, String stdout, String stderr, Instant start, Instant stop,
                            boolean timedOut, boolean cancelled) {
    public CommandResult {
        Objects.requireNonNull(call, "call");
        stdout = Objects.requireNonNullElse(stdout, "");
        stderr = Objects.requireNonNullElse(stderr, "");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
    }

    /** Exited on its own with status 0. */
    public boolean succeeded() {
        return exitCode == 0 && !timedOut && !cancelled;
    }

    /** A one-line reason for an evaluation error, or null when the command succeeded. */
    @CheckForNull
    public String failureReason() {
        if (timedOut) {
            return "'" + call + "' did not finish within its bound and was stopped";
        }
        if (cancelled) {
            return "'" + call + "' was cancelled";
        }
        if (exitCode != 0) {
            String detail = stderr.isBlank() ? "" : ": " + firstLine(stderr);
            return "'" + call + "' exited with status " + exitCode + detail;
        }
        return null;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
