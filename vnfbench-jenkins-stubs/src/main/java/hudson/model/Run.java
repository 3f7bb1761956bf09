package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;
import jenkins.model.RunAction2;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Run.java @jenkins-2.541.3 (class at L169, addAction L417,
 * setResult L483, getParent L623, getNumber L772, getPreviousBuild L797, getRootDir L1007). The real class implements
 * ExtensionPoint, Comparable&lt;RunT&gt;, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy,
 * HistoricalBuild and WithConsoleUrl; omitted. Bodies are the obvious minimum; test doubles override the rest.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {

    protected final transient @NonNull JobT project;
    private volatile Result result;

    protected Run(@NonNull JobT job) throws IOException {
        this.project = job;
    }

    @Override
    public void addAction(@NonNull Action a) {
        super.addAction(a);
        if (a instanceof RunAction2) {
            ((RunAction2) a).onAttached(this);
        }
    }

    public @CheckForNull Result getResult() {
        return result;
    }

    public void setResult(@NonNull Result r) {
        result = result == null ? r : result.combine(r);
    }

    public boolean isBuilding() {
        return result == null;
    }

    public @NonNull JobT getParent() {
        return project;
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stand-in: build numbers are assigned by Jenkins");
    }

    public String getDisplayName() {
        return "#" + getNumber();
    }

    public @NonNull String getExternalizableId() {
        return project.getFullName() + "#" + getNumber();
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("stand-in: URLs are computed by Jenkins");
    }

    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException("stand-in: build directories are managed by Jenkins");
    }

    public @CheckForNull RunT getPreviousBuild() {
        return null;
    }
}
