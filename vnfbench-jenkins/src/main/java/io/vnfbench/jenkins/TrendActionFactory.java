package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.TransientActionFactory;

/**
 * Adds the trend action to every job whose recent completed builds ran vnfBenchmark. Deliberately not a LastBuildAction:
 * those are taken from the last successful build only, which would hide the trend exactly when the newest build failed the
 * gate. Jenkins asks on every {@code getAllActions()} of every job, so the answer is cached per job and keyed on its last
 * completed build and the history length: only a build that completes (or is deleted) or a new setting walks the history
 * again. The cache holds a bounded number of jobs.
 */
@Extension
@SuppressWarnings("rawtypes")
public class TrendActionFactory extends TransientActionFactory<Job> {

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return BenchmarkTrendAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job target) {
        int history = VnfBenchConfiguration.get().getHistoryLength();
        return actionsFor(target, history);
    }

    static List<Action> actionsFor(Job<?, ?> job, int history) {
        Run<?, ?> newest = job.getLastCompletedBuild();
        String key = job.getFullName();
        Seen seen = new Seen(newest == null ? 0 : newest.getNumber(), history, false);
        Seen cached = SEEN.get(key);
        boolean ran;
        if (cached != null && cached.newest() == seen.newest() && cached.history() == history) {
            ran = cached.ran();
        } else {
            ran = ranBenchmark(newest, history);
            SEEN.put(key, new Seen(seen.newest(), history, ran));
        }
        return ran ? List.of(new BenchmarkTrendAction(job, history)) : List.of();
    }

    private static boolean ranBenchmark(Run<?, ?> newest, int history) {
        int looked = 0;
        for (Run<?, ?> b = newest; b != null && looked < history; b = b.getPreviousBuild()) {
            looked++;
            if (!b.isBuilding() && !b.getActions(BenchmarkAction.class).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static void clearCache() {
        SEEN.clear();
    }

    /** What the last walk of a job's history found: keyed by its last completed build and the history length. */
    private record Seen(int newest, int history, boolean ran) {
    }

    private static final int MAX_JOBS = 4096;

    private static final Map<String, Seen> SEEN = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > MAX_JOBS;
        }
    });
}
