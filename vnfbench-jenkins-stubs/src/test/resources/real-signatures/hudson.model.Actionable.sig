# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Actionable.java
type public abstract class hudson.model.Actionable
extends hudson.model.AbstractModelObject
implements jenkins.model.ModelObjectWithContextMenu
all-supertypes hudson.model.AbstractModelObject hudson.model.ModelObject hudson.search.SearchItem hudson.search.SearchableModelObject jenkins.model.ModelObjectWithContextMenu
constructor public ()
field private static final java.util.logging.Logger LOGGER
field private volatile java.util.concurrent.CopyOnWriteArrayList<hudson.model.Action> actions
method public <T extends hudson.model.Action> T getAction(java.lang.Class<T>)
method public <T extends hudson.model.Action> java.util.List<T> getActions(java.lang.Class<T>)
method public boolean addOrReplaceAction(hudson.model.Action)
method public boolean removeAction(hudson.model.Action)
method public boolean removeActions(java.lang.Class<? extends hudson.model.Action>)
method public boolean replaceActions(java.lang.Class<? extends hudson.model.Action>,hudson.model.Action)
method public final java.util.List<? extends hudson.model.Action> getAllActions()
method public hudson.model.Action getAction(int)
method public java.lang.Object getDynamic(java.lang.String,org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse)
method public java.lang.Object getDynamic(java.lang.String,org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2)
method public java.util.List<hudson.model.Action> getActions()
method public jenkins.model.ModelObjectWithContextMenu.ContextMenu doContextMenu(org.kohsuke.stapler.StaplerRequest,org.kohsuke.stapler.StaplerResponse) throws java.lang.Exception
method public jenkins.model.ModelObjectWithContextMenu.ContextMenu doContextMenu(org.kohsuke.stapler.StaplerRequest2,org.kohsuke.stapler.StaplerResponse2) throws java.lang.Exception
method public void addAction(hudson.model.Action)
method public void replaceAction(hudson.model.Action)
