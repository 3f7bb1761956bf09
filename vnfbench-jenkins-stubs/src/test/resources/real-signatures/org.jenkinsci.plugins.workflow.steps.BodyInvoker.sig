# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java
type public abstract class org.jenkinsci.plugins.workflow.steps.BodyInvoker
all-supertypes 
constructor public ()
method public abstract org.jenkinsci.plugins.workflow.steps.BodyExecution start()
method public abstract org.jenkinsci.plugins.workflow.steps.BodyInvoker withCallback(org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback)
method public abstract org.jenkinsci.plugins.workflow.steps.BodyInvoker withContext(java.lang.Object)
method public abstract org.jenkinsci.plugins.workflow.steps.BodyInvoker withDisplayName(java.lang.String)
method public final org.jenkinsci.plugins.workflow.steps.BodyInvoker withCallback(com.google.common.util.concurrent.FutureCallback<java.lang.Object>)
method public org.jenkinsci.plugins.workflow.steps.BodyInvoker withContexts(java.lang.Object[]...)
method public org.jenkinsci.plugins.workflow.steps.BodyInvoker withContexts(java.util.Collection<?>)
method public static hudson.LauncherDecorator mergeLauncherDecorators(hudson.LauncherDecorator,hudson.LauncherDecorator)
method public static hudson.console.ConsoleLogFilter mergeConsoleLogFilters(hudson.console.ConsoleLogFilter,hudson.console.ConsoleLogFilter)
