# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/ItemGroup.java
type public interface hudson.model.ItemGroup<T extends hudson.model.Item>
implements jenkins.model.FullyNamed
implements jenkins.model.FullyNamedModelObject
implements hudson.model.PersistenceRoot
all-supertypes hudson.model.ModelObject hudson.model.PersistenceRoot hudson.model.Saveable jenkins.model.FullyNamed jenkins.model.FullyNamedModelObject
method public abstract T getItem(java.lang.String) throws org.springframework.security.access.AccessDeniedException
method public abstract java.io.File getRootDirFor(T)
method public abstract java.lang.String getUrl()
method public abstract java.lang.String getUrlChildPrefix()
method public abstract java.util.Collection<T> getItems()
method public abstract void onDeleted(T) throws java.io.IOException
method public default <T extends hudson.model.Item> java.lang.Iterable<T> allItems(java.lang.Class<T>)
method public default <T extends hudson.model.Item> java.lang.Iterable<T> allItems(java.lang.Class<T>,java.util.function.Predicate<T>)
method public default <T extends hudson.model.Item> java.util.List<T> getAllItems(java.lang.Class<T>)
method public default <T extends hudson.model.Item> java.util.List<T> getAllItems(java.lang.Class<T>,java.util.function.Predicate<T>)
method public default java.lang.Iterable<hudson.model.Item> allItems()
method public default java.lang.String getItemName(java.io.File,T)
method public default java.util.Collection<T> getItems(java.util.function.Predicate<T>)
method public default java.util.List<hudson.model.Item> getAllItems()
method public default java.util.stream.Stream<T> getItemsStream()
method public default java.util.stream.Stream<T> getItemsStream(java.util.function.Predicate<T>)
method public default void onRenamed(T,java.lang.String,java.lang.String) throws java.io.IOException
