# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/AbstractItem.java
type public abstract class hudson.model.AbstractItem
extends hudson.model.Actionable
implements jenkins.model.Loadable
implements hudson.model.Item
implements org.kohsuke.stapler.HttpDeletable
implements hudson.security.AccessControlled
implements hudson.model.DescriptorByNameOwner
implements org.kohsuke.stapler.StaplerProxy
all-supertypes hudson.model.AbstractModelObject hudson.model.Actionable hudson.model.DescriptorByNameOwner hudson.model.Item hudson.model.ModelObject hudson.model.PersistenceRoot hudson.model.Saveable hudson.search.SearchItem hudson.search.SearchableModelObject hudson.security.AccessControlled jenkins.model.FullyNamed jenkins.model.FullyNamedModelObject jenkins.model.Loadable jenkins.model.ModelObjectWithContextMenu jenkins.model.Named jenkins.util.io.OnMaster org.kohsuke.stapler.HttpDeletable org.kohsuke.stapler.StaplerProxy
constructor protected (hudson.model.ItemGroup,java.lang.String)
field private static final java.util.logging.Logger LOGGER
field private transient hudson.model.ItemGroup parent
field protected java.lang.String displayName
field protected transient java.lang.String name
field protected volatile java.lang.String description
field public static boolean SKIP_PERMISSION_CHECK
field public static final hudson.util.AlternativeUiTextProvider.Message<hudson.model.AbstractItem> PRONOUN
field public static final hudson.util.AlternativeUiTextProvider.Message<hudson.model.AbstractItem> TASK_NOUN
method protected java.lang.Object writeReplace()
method protected void checkRename(java.lang.String) throws hudson.model.Failure
method protected void doSetName(java.lang.String)
method protected void performDelete() throws java.io.IOException,java.lang.InterruptedException
method protected void renameTo(java.lang.String) throws java.io.IOException
method public abstract java.util.Collection<? extends hudson.model.Job> getAllJobs()
method public boolean isNameEditable()
method public final hudson.XmlFile getConfigFile()
method public final hudson.model.Api getApi()
method public final java.lang.String getAbsoluteUrl()
method public final java.lang.String getFullDisplayName()
method public final java.lang.String getFullName()
method public final java.lang.String getUrl()
method public hudson.model.ItemGroup getParent()
method public hudson.security.ACL getACL()
method public hudson.util.FormValidation doCheckNewName(java.lang.String)
method public java.io.File getRootDir()
method public java.lang.Object getTarget()
method public java.lang.String getDescription()
method public java.lang.String getDisplayName()
method public java.lang.String getDisplayNameOrNull()
method public java.lang.String getName()
method public java.lang.String getPronoun()
method public java.lang.String getRelativeDisplayNameFrom(hudson.model.ItemGroup)
method public java.lang.String getRelativeNameFromGroup(hudson.model.ItemGroup)
method public java.lang.String getSearchName()
method public java.lang.String getSearchUrl()
method public java.lang.String getShortUrl()
method public java.lang.String getTaskNoun()
method public java.lang.String toString()
method public org.kohsuke.stapler.HttpResponse doConfirmRename(java.lang.String) throws java.io.IOException
method public static hudson.model.AbstractItem resolveForCLI(java.lang.String) throws org.kohsuke.args4j.CmdLineException
method public void delete() throws java.io.IOException,java.lang.InterruptedException
method public void delete(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void delete(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void doConfigDotXml(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException
method public void doConfigDotXml(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.io.IOException
method public void doDoDelete(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,java.lang.InterruptedException,javax.servlet.ServletException
method public void doDoDelete(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException,java.lang.InterruptedException
method public void doReload() throws java.io.IOException
method public void doSubmitDescription(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.io.IOException,javax.servlet.ServletException
method public void doSubmitDescription(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws jakarta.servlet.ServletException,java.io.IOException
method public void load() throws java.io.IOException
method public void movedTo(jenkins.model.DirectlyModifiableTopLevelItemGroup,hudson.model.AbstractItem,java.io.File) throws java.io.IOException
method public void onCopiedFrom(hudson.model.Item)
method public void onLoad(hudson.model.ItemGroup<? extends hudson.model.Item>,java.lang.String) throws java.io.IOException
method public void save() throws java.io.IOException
method public void setDescription(java.lang.String) throws java.io.IOException
method public void setDisplayName(java.lang.String) throws java.io.IOException
method public void setDisplayNameOrNull(java.lang.String) throws java.io.IOException
method public void updateByXml(javax.xml.transform.Source) throws java.io.IOException
method public void updateByXml(javax.xml.transform.stream.StreamSource) throws java.io.IOException
method public void writeConfigDotXml(java.io.OutputStream) throws java.io.IOException
