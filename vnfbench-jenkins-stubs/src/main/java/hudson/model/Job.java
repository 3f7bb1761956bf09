package hudson.model;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Job.java @jenkins-2.541.3
 * (getBuildByNumber L837, getLastBuild L966, getLastCompletedBuild L1044). The real class also implements
 * ExtensionPoint, StaplerOverridable, ModelObjectWithChildren and HasWidgets. As in core, the look-ups read the builds
 * from {@link #_getRuns()} (newest first), which a job type implements.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // core's raw ItemGroup, as AbstractItem
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {

    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    @Override
    public Collection<? extends Job> getAllJobs() {
        return Collections.<Job>singleton(this);
    }

    protected abstract SortedMap<Integer, ? extends RunT> _getRuns();

    protected abstract void removeRun(RunT run);

    public RunT getBuildByNumber(int n) {
        return _getRuns().get(n);
    }

    public RunT getLastBuild() {
        SortedMap<Integer, ? extends RunT> runs = _getRuns();
        return runs.isEmpty() ? null : runs.get(runs.firstKey());
    }

    public RunT getLastCompletedBuild() {
        RunT r = getLastBuild();
        while (r != null && r.isBuilding()) {
            r = r.getPreviousBuild();
        }
        return r;
    }

    public abstract boolean isBuildable();
}
