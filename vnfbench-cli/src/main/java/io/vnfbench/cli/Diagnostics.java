package io.vnfbench.cli;

import io.vnfbench.engine.session.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems and warnings to stderr, one per line, in the file:line:col: path: message form editors understand. */
final class Diagnostics {
    private Diagnostics() {
    }

    static void warnings(PrintWriter err, List<String> warnings) {
        for (String w : warnings) {
            err.println("warning: " + w);
        }
    }

    /** The warnings found before the problems, then the problems; returns the exit code for an invalid input. */
    static int invalid(PrintWriter err, InvalidInputException e) {
        warnings(err, e.warnings());
        for (String p : e.problems()) {
            err.println("error: " + p);
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
