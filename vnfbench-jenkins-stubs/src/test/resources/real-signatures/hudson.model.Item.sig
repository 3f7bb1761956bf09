# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Item.java
type public interface hudson.model.Item
implements hudson.model.PersistenceRoot
implements jenkins.model.FullyNamedModelObject
implements hudson.search.SearchableModelObject
implements jenkins.model.FullyNamed
implements jenkins.model.Named
implements hudson.security.AccessControlled
implements jenkins.util.io.OnMaster
all-supertypes hudson.model.ModelObject hudson.model.PersistenceRoot hudson.model.Saveable hudson.search.SearchItem hudson.search.SearchableModelObject hudson.security.AccessControlled jenkins.model.FullyNamed jenkins.model.FullyNamedModelObject jenkins.model.Named jenkins.util.io.OnMaster
field public static final hudson.security.Permission BUILD
field public static final hudson.security.Permission CANCEL
field public static final hudson.security.Permission CONFIGURE
field public static final hudson.security.Permission CREATE
field public static final hudson.security.Permission DELETE
field public static final hudson.security.Permission DISCOVER
field public static final hudson.security.Permission EXTENDED_READ
field public static final hudson.security.Permission READ
field public static final hudson.security.Permission WIPEOUT
field public static final hudson.security.Permission WORKSPACE
field public static final hudson.security.PermissionGroup PERMISSIONS
method public abstract hudson.model.ItemGroup<? extends hudson.model.Item> getParent()
method public abstract java.lang.String getDisplayName()
method public abstract java.lang.String getFullName()
method public abstract java.lang.String getName()
method public abstract java.lang.String getShortUrl()
method public abstract java.lang.String getUrl()
method public abstract java.util.Collection<? extends hudson.model.Job> getAllJobs()
method public abstract void delete() throws java.io.IOException,java.lang.InterruptedException
method public abstract void onCopiedFrom(hudson.model.Item)
method public abstract void onLoad(hudson.model.ItemGroup<? extends hudson.model.Item>,java.lang.String) throws java.io.IOException
method public abstract void save() throws java.io.IOException
method public default java.lang.String getAbsoluteUrl()
method public default java.lang.String getRelativeNameFrom(hudson.model.Item)
method public default java.lang.String getRelativeNameFrom(hudson.model.ItemGroup)
method public default jenkins.search.SearchGroup getSearchGroup()
method public default void onCreatedFromScratch()
