package io.vnfbench.cli;

import io.vnfbench.engine.session.ProgressLog;
import io.vnfbench.engine.session.RunListener;
import io.vnfbench.engine.session.RunProgress;
import java.io.PrintWriter;

/**
 * Shows a run's progress on stderr: a one-line bar redrawn in place on a terminal, otherwise the engine's plain lines
 * ({@link ProgressLog}, as the Jenkins step logs them). Colour only on a terminal and never when NO_COLOR is set.
 */
final class ProgressPrinter implements RunListener {
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean colour;
    private final int width;
    private boolean barShown;
    private final ProgressLog log = new ProgressLog(this::line);

    ProgressPrinter(PrintWriter err, boolean terminal, boolean colour, int width) {
        this.err = err;
        this.terminal = terminal;
        this.colour = terminal && colour;
        this.width = Math.max(40, width);
    }

    /** Detects a terminal from the console and honours NO_COLOR and COLUMNS. */
    static ProgressPrinter forEnvironment(PrintWriter err) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        String noColour = System.getenv("NO_COLOR");
        int columns = 100;
        try {
            String value = System.getenv("COLUMNS");
            if (value != null) {
                columns = Integer.parseInt(value.strip());
            }
        } catch (NumberFormatException e) {
            // keep the default width
        }
        return new ProgressPrinter(err, terminal, noColour == null || noColour.isEmpty(), columns);
    }

    @Override
    public synchronized void runStarted(RunProgress progress) {
        log.runStarted(progress);
    }

    @Override
    public synchronized void trialStarted(RunProgress progress) {
        if (terminal) {
            bar(progress, "running");
        } else {
            log.trialStarted(progress);
        }
    }

    @Override
    public synchronized void trialFinished(RunProgress progress) {
        if (terminal) {
            bar(progress, "done");
        } else {
            log.trialFinished(progress);
        }
    }

    @Override
    public synchronized void trialSkipped(RunProgress progress) {
        if (!terminal) {
            log.trialSkipped(progress);
        }
    }

    @Override
    public synchronized void warning(String message) {
        if (colour) {
            line("\u001b[33mwarning:\u001b[0m " + message);
        } else {
            log.warning(message);
        }
    }

    @Override
    public synchronized void runFinished(RunProgress progress) {
        log.runFinished(progress);
    }

    private void bar(RunProgress progress, String state) {
        int filled = (int) Math.round(progress.fraction() * BAR);
        String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
        if (colour) {
            bar = "\u001b[32m" + "#".repeat(filled) + "\u001b[0m" + ".".repeat(BAR - filled);
        }
        String text = String.format("%3d%% ", Math.round(progress.fraction() * 100)) + ProgressLog.describe(progress)
                + "  " + state + ProgressLog.times(progress);
        int room = width - BAR - 4;
        if (text.length() > room) {
            text = text.substring(0, Math.max(0, room - 1)) + "…";
        }
        err.print("\r[" + bar + "] " + text + " ".repeat(Math.max(0, room - text.length())));
        err.flush();
        barShown = true;
    }

    /** A line below the bar: the bar is cleared first (it is drawn again with the next Trial). */
    private void line(String text) {
        if (barShown) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            barShown = false;
        }
        err.println(text);
        err.flush();
    }
}
