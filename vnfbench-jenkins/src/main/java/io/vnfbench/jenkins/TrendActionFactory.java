package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import io.vnfbench.engine.session.TrendCharts;
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
 * again. The cache holds a bounded number of jobs. The factory (one instance, Jenkins' extension) also holds the charts
 * its actions draw: at most {@value #MAX_CHARTS} charts and 16 MB.
 */
@Extension
@SuppressWarnings("rawtypes")
public class TrendActionFactory extends TransientActionFactory<Job> {

    private static final int MAX_JOBS = 4096;
    static final int MAX_CHARTS = 64;

    private final TrendCharts charts = new TrendCharts(MAX_CHARTS, 16L << 20);

    private final Map<String, Seen> seen = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > MAX_JOBS;
        }
    });

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
        return actionsFor(target, VnfBenchConfiguration.get().getHistoryLength());
    }

    List<Action> actionsFor(Job<?, ?> job, int history) {
        Run<?, ?> newest = job.getLastCompletedBuild();
        int number = newest == null ? 0 : newest.getNumber();
        Seen cached = seen.get(job.getFullName());
        boolean ran;
        if (cached != null && cached.newest() == number && cached.history() == history) {
            ran = cached.ran();
        } else {
            ran = !BuildHistory.calls(newest, history).isEmpty();
            seen.put(job.getFullName(), new Seen(number, history, ran));
        }
        return ran ? List.of(new BenchmarkTrendAction(job, history, charts)) : List.of();
    }

    /** What the last walk of a job's history found: keyed by its last completed build and the history length. */
    private record Seen(int newest, int history, boolean ran) {
    }
}
