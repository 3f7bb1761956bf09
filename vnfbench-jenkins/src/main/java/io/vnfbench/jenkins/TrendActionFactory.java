package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Adds the trend action to every job whose recent builds ran vnfBenchmark. Deliberately not a LastBuildAction: those
 * are taken from the last successful build only, which would hide the trend exactly when the newest build failed the gate.
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
        int looked = 0;
        for (Run<?, ?> b = job.getLastBuild(); b != null && looked < history; b = b.getPreviousBuild()) {
            looked++;
            if (!b.getActions(BenchmarkAction.class).isEmpty()) {
                return List.of(new BenchmarkTrendAction(job, history));
            }
        }
        return List.of();
    }
}
