package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.lang.reflect.Constructor;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Item.java @jenkins-2.541.3.
 * The real interface also extends PersistenceRoot, SearchableModelObject and OnMaster and declares many more members;
 * only what the glue calls is kept. {@code READ} is a real constant; here it is built reflectively (stand-in only).
 */
public interface Item extends ModelObject, AccessControlled {

    Permission READ = permission("hudson.model.Item.Read");

    ItemGroup<? extends Item> getParent();

    String getName();

    String getFullName();

    String getUrl();

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
