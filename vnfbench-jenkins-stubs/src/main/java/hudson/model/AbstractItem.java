package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import java.io.IOException;
import java.util.Collection;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractItem.java @jenkins-2.541.3 (name L115,
 * parent L122, getParent L203, getFullName L476, getUrl L535, getACL L610). Field modifiers and final methods as in the
 * real class. {@code getUrl()} and {@code getACL()} need a running Jenkins (root URL, authorization strategy) and throw
 * here; test doubles answer {@code getACL()} themselves.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // core's raw ItemGroup in getParent()
public abstract class AbstractItem extends Actionable implements Item {

    protected transient String name;
    private transient ItemGroup parent;

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
    public final String getUrl() {
        throw new UnsupportedOperationException("stand-in: URLs are computed by Jenkins");
    }

    @Override
    public abstract Collection<? extends Job> getAllJobs();

    @Override
    public String getShortUrl() {
        throw new UnsupportedOperationException("stand-in: URLs are computed by Jenkins");
    }

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        this.parent = parent;
        this.name = name;
    }

    @Override
    public void onCopiedFrom(Item src) {
    }

    @Override
    public synchronized void save() throws IOException {
    }

    @Override
    public void delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in: items are deleted by Jenkins");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("stand-in: the authorization strategy belongs to Jenkins");
    }
}
