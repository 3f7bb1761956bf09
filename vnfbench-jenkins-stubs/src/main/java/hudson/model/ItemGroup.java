package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.FullyNamed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/ItemGroup.java @jenkins-2.541.3.
 * Every abstract member of the real interface (an item group the glue's tests implement must answer them all, as a real
 * one must); the default look-ups and the PersistenceRoot/FullyNamedModelObject supertypes are omitted.
 */
public interface ItemGroup<T extends Item> extends ModelObject, FullyNamed {

    Collection<T> getItems();

    T getItem(String name) throws AccessDeniedException;

    String getUrl();

    String getUrlChildPrefix();

    File getRootDirFor(T child);

    void onDeleted(T item) throws IOException;
}
