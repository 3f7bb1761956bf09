package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.Collection;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Item.java @jenkins-2.541.3.
 * The real interface also extends PersistenceRoot, SearchableModelObject and OnMaster and declares more default members;
 * every abstract one is kept, since the glue's test doubles implement Item through Job. {@code READ} is a real constant; here it is built reflectively (stand-in only).
 */
public interface Item extends ModelObject, AccessControlled {

    Permission READ = permission("hudson.model.Item.Read");

    ItemGroup<? extends Item> getParent();

    @SuppressWarnings("rawtypes") // core's signature
    Collection<? extends Job> getAllJobs();

    String getName();

    String getFullName();

    String getDisplayName();

    String getUrl();

    String getShortUrl();

    void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException;

    void onCopiedFrom(Item src);

    void save() throws IOException;

    void delete() throws IOException, InterruptedException;

    private static Permission permission(String id) {
        try {
            Constructor<Permission> c = Permission.class.getDeclaredConstructor(String.class);
            c.setAccessible(true);
            return c.newInstance(id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
