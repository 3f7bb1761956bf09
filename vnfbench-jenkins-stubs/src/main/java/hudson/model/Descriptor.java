package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Descriptor.java @jenkins-2.541.3 (class at L152).
 * The real class also implements Loadable, Saveable and OnMaster; form binding (newInstance/configure taking
 * StaplerRequest2 and net.sf.json.JSONObject) is omitted because the glue relies on the default data binding.
 * {@code load()} and {@code save()} are no-ops here (the real ones read and write the descriptor's XML file).
 */
public abstract class Descriptor<T extends Describable<T>> {

    public final transient Class<? extends T> clazz;

    protected Descriptor(Class<? extends T> clazz) {
        this.clazz = clazz;
    }

    protected Descriptor() {
        this.clazz = null;
    }

    @NonNull
    public String getDisplayName() {
        return clazz == null ? getClass().getSimpleName() : clazz.getSimpleName();
    }

    public synchronized void save() {
    }

    public synchronized void load() {
    }
}
