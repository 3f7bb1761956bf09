package io.vnfbench.cli;

import io.vnfbench.engine.session.RunListener;
import io.vnfbench.engine.session.RunProgress;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows a run's progress on stderr: a one-line bar redrawn in place on a terminal, plain lines otherwise (CI logs,
 * files). Colour only on a terminal and never when NO_COLOR is set.
 */
final class ProgressPrinter implements RunListener {
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean colour;
    private final int width;
    private boolean barShown;

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
        line("run: " + progress.instances() + " instances, " + progress.trialsTotal() + " Trials");
    }

    @Override
    public synchronized void trialStarted(RunProgress progress) {
        if (terminal) {
            bar(progress, "running");
        } else {
            line(describe(progress) + "  running");
        }
    }

    @Override
    public synchronized void trialFinished(RunProgress progress) {
        if (terminal) {
            bar(progress, "done");
        } else {
            line(describe(progress) + "  done" + times(progress));
        }
    }

    @Override
    public synchronized void trialSkipped(RunProgress progress) {
        if (!terminal) {
            line(describe(progress) + "  already finished (resumed)");
        }
    }

    @Override
    public synchronized void warning(String message) {
        line((colour ? "\u001b[33mwarning:\u001b[0m " : "warning: ") + message);
    }

    @Override
    public synchronized void runFinished(RunProgress progress) {
        if (barShown) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            barShown = false;
        }
        line("run finished after " + clock(progress.elapsed()) + " (" + progress.trialsDone() + "/"
                + progress.trialsTotal() + " Trials)");
    }

    private void bar(RunProgress progress, String state) {
        int filled = (int) Math.round(progress.fraction() * BAR);
        String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
        if (colour) {
            bar = "\u001b[32m" + "#".repeat(filled) + "\u001b[0m" + ".".repeat(BAR - filled);
        }
        String text = String.format("%3d%% ", Math.round(progress.fraction() * 100)) + describe(progress) + "  " + state
                + times(progress);
        int room = width - BAR - 4;
        if (text.length() > room) {
            text = text.substring(0, Math.max(0, room - 1)) + "…";
        }
        err.print("\r[" + bar + "] " + text + " ".repeat(Math.max(0, room - text.length())));
        err.flush();
        barShown = true;
    }

    private void line(String text) {
        if (barShown) {
            err.print("\r" + " ".repeat(width - 1) + "\r");
            barShown = false;
        }
        err.println(text);
        err.flush();
    }

    static String describe(RunProgress p) {
        return "instance " + p.instance() + "/" + p.instances() + " " + (p.testKey() == null ? "" : p.testKey())
                + "  Test " + p.test() + "/" + p.tests() + "  Trial " + p.trial() + "/" + p.trials();
    }

    private static String times(RunProgress p) {
        return "  elapsed " + clock(p.elapsed()) + p.remainingIfKnown().map(r -> "  remaining ~" + clock(r)).orElse("");
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
