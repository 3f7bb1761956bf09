# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java
type public abstract class org.jenkinsci.plugins.workflow.steps.StepContext
implements com.google.common.util.concurrent.FutureCallback<java.lang.Object>
implements java.io.Serializable
all-supertypes com.google.common.util.concurrent.FutureCallback java.io.Serializable
constructor public ()
field private static final long serialVersionUID
method public abstract <T> T get(java.lang.Class<T>) throws java.io.IOException,java.lang.InterruptedException
method public abstract boolean equals(java.lang.Object)
method public abstract boolean isReady()
method public abstract com.google.common.util.concurrent.ListenableFuture<java.lang.Void> saveState()
method public abstract int hashCode()
method public abstract org.jenkinsci.plugins.workflow.steps.BodyInvoker newBodyInvoker() throws java.lang.IllegalStateException
method public abstract void onSuccess(java.lang.Object)
method public abstract void setResult(hudson.model.Result)
method public boolean hasBody()
