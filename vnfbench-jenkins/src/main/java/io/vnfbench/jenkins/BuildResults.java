package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Job;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a job's builds, newest first, and collects the stored results of one benchmark (identified by the step's
 * {@code vnfbr} option). Builds still running, builds without the benchmark and builds whose files are gone are
 * passed over; the last kind is reported, never silently used.
 */
final class BuildResults {

    private BuildResults() {
    }

    /** The benchmark's result stored by {@code build}, if the build ran it and its files are complete. */
    static Optional<StoredResult> of(Run<?, ?> build, String vnfbr) {
        for (BenchmarkAction a : build.getActions(BenchmarkAction.class)) {
            if (a.getSummary().getVnfbr().equals(vnfbr)) {
                StoredResult r = new StoredResult(build.getNumber(), a.getSummary(), BenchmarkAction.directory(build, a.getIndex()));
                return r.isComplete() ? Optional.of(r) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Results from the builds before {@code run}, newest first, looking at no more than {@code limit} builds.
     *
     * @param notes receives one line per build that ran the benchmark but whose files are missing
     */
    static List<StoredResult> before(Run<?, ?> run, String vnfbr, int limit, List<String> notes) {
        return collect(run.getPreviousBuild(), vnfbr, limit, notes);
    }

    /** Results from a job's builds, newest first, starting at its last build. */
    static List<StoredResult> ofJob(Job<?, ?> job, String vnfbr, int limit, List<String> notes) {
        return collect(job.getLastBuild(), vnfbr, limit, notes);
    }

    private static List<StoredResult> collect(@CheckForNull Run<?, ?> start, String vnfbr, int limit, List<String> notes) {
        List<StoredResult> found = new ArrayList<>();
        int looked = 0;
        for (Run<?, ?> b = start; b != null && looked < limit; b = b.getPreviousBuild()) {
            looked++;
            if (b.isBuilding()) {
                continue;
            }
            boolean ran = false;
            for (BenchmarkAction a : b.getActions(BenchmarkAction.class)) {
                ran |= a.getSummary().getVnfbr().equals(vnfbr);
            }
            if (!ran) {
                continue;
            }
            Optional<StoredResult> r = of(b, vnfbr);
            if (r.isPresent()) {
                found.add(r.get());
            } else {
                notes.add("build #" + b.getNumber() + " ran " + vnfbr + " but its stored report is missing; skipped");
            }
        }
        return found;
    }
}
