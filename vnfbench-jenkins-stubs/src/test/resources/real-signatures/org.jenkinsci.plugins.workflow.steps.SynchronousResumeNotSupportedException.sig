# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousResumeNotSupportedException.java
type public class org.jenkinsci.plugins.workflow.steps.SynchronousResumeNotSupportedException
extends java.lang.Exception
all-supertypes java.io.Serializable java.lang.Exception java.lang.Throwable
constructor public ()
constructor public (org.jenkinsci.plugins.workflow.steps.StepContext)
field private static final java.util.logging.Logger LOGGER
