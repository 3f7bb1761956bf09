# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java
type public abstract class org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution<T>
extends org.jenkinsci.plugins.workflow.steps.StepExecution
all-supertypes java.io.Serializable org.jenkinsci.plugins.workflow.steps.StepExecution
constructor protected (org.jenkinsci.plugins.workflow.steps.StepContext)
field private static java.util.concurrent.ExecutorService executorService
field private transient java.lang.String threadName
field private transient volatile java.lang.Throwable stopCause
field private transient volatile java.util.concurrent.Future<?> task
method protected abstract T run() throws java.lang.Exception
method public boolean blocksRestart()
method public final boolean start() throws java.lang.Exception
method public java.lang.String getStatus()
method public void onResume()
method public void stop(java.lang.Throwable) throws java.lang.Exception
method static java.util.concurrent.ExecutorService getExecutorService()
