# jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ 2ff1a5e720fa922f5e59e1fc32c10b6dafa06aa8 src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java
type public abstract class org.jenkinsci.plugins.workflow.graph.FlowNode
extends hudson.model.Actionable
implements hudson.model.Saveable
all-supertypes hudson.model.AbstractModelObject hudson.model.Actionable hudson.model.ModelObject hudson.model.Saveable hudson.search.SearchItem hudson.search.SearchableModelObject jenkins.model.ModelObjectWithContextMenu
constructor protected (org.jenkinsci.plugins.workflow.flow.FlowExecution,java.lang.String,java.util.List<org.jenkinsci.plugins.workflow.graph.FlowNode>)
constructor protected (org.jenkinsci.plugins.workflow.flow.FlowExecution,java.lang.String,org.jenkinsci.plugins.workflow.graph.FlowNode[]...)
field private final java.util.List<java.lang.String> parentIds
field private final transient org.jenkinsci.plugins.workflow.flow.FlowExecution exec
field private java.lang.String id
field private static final java.util.logging.Logger LOGGER
field private transient java.util.List<org.jenkinsci.plugins.workflow.graph.FlowNode> parents
field private transient java.util.concurrent.CopyOnWriteArrayList<hudson.model.Action> actions
method protected abstract java.lang.String getTypeDisplayName()
method protected java.lang.Object readResolve() throws java.io.ObjectStreamException
method protected java.lang.String getTypeFunctionName()
method protected void setActions(java.util.List<hudson.model.Action>)
method public <T extends hudson.model.Action> T getAction(java.lang.Class<T>)
method public boolean equals(java.lang.Object)
method public final <T extends hudson.model.Action> T getPersistentAction(java.lang.Class<T>)
method public final boolean isActive()
method public final boolean isRunning()
method public final java.lang.String getSearchUrl()
method public final org.jenkinsci.plugins.workflow.actions.ErrorAction getError()
method public hudson.model.BallColor getIconColor()
method public int hashCode()
method public java.lang.Iterable<org.jenkinsci.plugins.workflow.graph.BlockStartNode> iterateEnclosingBlocks()
method public java.lang.String getDisplayFunctionName()
method public java.lang.String getDisplayName()
method public java.lang.String getEnclosingId()
method public java.lang.String getId()
method public java.lang.String getUrl() throws java.io.IOException
method public java.lang.String toString()
method public java.util.List<? extends org.jenkinsci.plugins.workflow.graph.BlockStartNode> getEnclosingBlocks()
method public java.util.List<hudson.model.Action> getActions()
method public java.util.List<java.lang.String> getAllEnclosingIds()
method public java.util.List<java.lang.String> getParentIds()
method public java.util.List<org.jenkinsci.plugins.workflow.graph.FlowNode> getParents()
method public org.jenkinsci.plugins.workflow.flow.FlowExecution getExecution()
method public void save() throws java.io.IOException
