package io.vnfbench.engine.session;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A run's progress as plain lines for a log: the command line's stderr when it is not a terminal, a CI server's build
 * log. One line when the run starts, when each Trial starts and ends (with the time elapsed and, once known, the time
 * left), for each Trial found finished when resuming, for each warning, and when the run ends.
 */
public final class ProgressLog implements RunListener {
    private final Consumer<String> out;

    public ProgressLog(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void runStarted(RunProgress p) {
        out.accept("run: " + p.instances() + " instances, " + p.trialsTotal() + " Trials");
    }

    @Override
    public void trialStarted(RunProgress p) {
        out.accept(describe(p) + "  running");
    }

    @Override
    public void trialFinished(RunProgress p) {
        out.accept(describe(p) + "  done" + times(p));
    }

    @Override
    public void trialSkipped(RunProgress p) {
        out.accept(describe(p) + "  already finished (resumed)");
    }

    @Override
    public void warning(String message) {
        out.accept("warning: " + message);
    }

    @Override
    public void runFinished(RunProgress p) {
        out.accept("run finished after " + clock(p.elapsed()) + " (" + p.trialsDone() + "/" + p.trialsTotal()
                + " Trials)");
    }

    /** Where the run stands: {@code instance 2/12 chains=1,nfs=2  Test 1/1  Trial 3/3}. */
    public static String describe(RunProgress p) {
        String key = p.testKey();
        return "instance " + p.instance() + "/" + p.instances() + " " + (key == null ? "" : key) + "  Test " + p.test() + "/" + p.tests() + "  Trial " + p.trial() + "/" + p.trials();
    }

    /** {@code   elapsed 1:15  remaining ~2:05}, without the remaining time until it is known. */
    public static String times(RunProgress p) {
        return "  elapsed " + clock(p.elapsed()) + p.remainingIfKnown().map(r -> "  remaining ~" + clock(r)).orElse("");
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
