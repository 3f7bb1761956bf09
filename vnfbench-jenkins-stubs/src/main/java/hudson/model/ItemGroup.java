package hudson.model;

import java.util.Collection;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/ItemGroup.java @jenkins-2.541.3 (read at 03f4c9ab: getItems() is declared there, getItem(String) throws Spring's AccessDeniedException).
 * The real interface also extends PersistenceRoot; getItem(String) (throws Spring's AccessDeniedException) and the
 * child-management members are omitted: the glue only lists children.
 */
public interface ItemGroup<T extends Item> extends ModelObject {

    String getFullName();

    Collection<T> getItems();
}
