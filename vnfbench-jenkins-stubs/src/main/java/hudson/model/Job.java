package hudson.model;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Job.java @jenkins-2.541.3
 * (getBuildByNumber L837, getLastBuild L966, getLastCompletedBuild L1044). The real class also implements
 * ExtensionPoint, StaplerOverridable, ModelObjectWithChildren and HasWidgets. Only the look-ups the glue uses are kept;
 * they return null here (no builds) and test doubles override them.
 */
@SuppressWarnings("rawtypes")
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {

    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    public RunT getBuildByNumber(int n) {
        return null;
    }

    public RunT getLastBuild() {
        return null;
    }

    public RunT getLastCompletedBuild() {
        return null;
    }

    public abstract boolean isBuildable();
}
