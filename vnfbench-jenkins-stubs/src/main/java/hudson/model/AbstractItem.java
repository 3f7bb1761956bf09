package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractItem.java @jenkins-2.541.3.
 * getParent() returns the raw ItemGroup and getFullName() is final, as in the real class.
 */
@SuppressWarnings("rawtypes")
public abstract class AbstractItem extends Actionable implements Item {

    protected transient ItemGroup parent;
    protected volatile String name;

    protected AbstractItem(ItemGroup parent, String name) {
        this.parent = parent;
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return getName();
    }

    @Override
    @NonNull
    public ItemGroup getParent() {
        return parent;
    }

    @Override
    public final String getFullName() {
        String n = parent == null ? "" : parent.getFullName();
        return n.isEmpty() ? getName() : n + '/' + getName();
    }

    @Override
    public String getUrl() {
        throw new UnsupportedOperationException("stand-in: URLs are computed by Jenkins");
    }
}
