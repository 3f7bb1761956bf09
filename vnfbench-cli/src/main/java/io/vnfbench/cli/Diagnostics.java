package io.vnfbench.cli;

import io.vnfbench.engine.model.codec.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems and warnings to stderr, one per line, in the file:line:col: path: message form editors understand. */
final class Diagnostics {
    private Diagnostics() {
    }

    static void errors(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println("error: " + p);
        }
    }

    static void warnings(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println("warning: " + p);
        }
    }
}
