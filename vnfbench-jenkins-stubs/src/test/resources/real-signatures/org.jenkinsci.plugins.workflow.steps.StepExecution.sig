# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java
type public abstract class org.jenkinsci.plugins.workflow.steps.StepExecution
implements java.io.Serializable
all-supertypes java.io.Serializable
constructor protected ()
constructor protected (org.jenkinsci.plugins.workflow.steps.StepContext)
field private org.jenkinsci.plugins.workflow.steps.StepContext context
field private static final java.util.logging.Logger LOGGER
field private static final long serialVersionUID
method public abstract boolean start() throws java.lang.Exception
method public boolean blocksRestart()
method public final java.lang.String getStatusBounded(long,java.util.concurrent.TimeUnit)
method public java.lang.String getStatus()
method public org.jenkinsci.plugins.workflow.steps.StepContext getContext()
method public static <T extends org.jenkinsci.plugins.workflow.steps.StepExecution> com.google.common.util.concurrent.ListenableFuture<?> acceptAll(java.lang.Class<T>,java.util.function.Consumer<T>)
method public static <T extends org.jenkinsci.plugins.workflow.steps.StepExecution> com.google.common.util.concurrent.ListenableFuture<?> applyAll(java.lang.Class<T>,com.google.common.base.Function<T,java.lang.Void>)
method public static com.google.common.util.concurrent.ListenableFuture<?> acceptAll(java.util.function.Consumer<org.jenkinsci.plugins.workflow.steps.StepExecution>)
method public static com.google.common.util.concurrent.ListenableFuture<?> applyAll(com.google.common.base.Function<org.jenkinsci.plugins.workflow.steps.StepExecution,java.lang.Void>)
method public void onResume()
method public void stop(java.lang.Throwable) throws java.lang.Exception
