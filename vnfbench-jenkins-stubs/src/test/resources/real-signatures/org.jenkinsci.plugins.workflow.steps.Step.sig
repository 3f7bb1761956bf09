# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java
type public abstract class org.jenkinsci.plugins.workflow.steps.Step
extends hudson.model.AbstractDescribableImpl<org.jenkinsci.plugins.workflow.steps.Step>
implements hudson.ExtensionPoint
all-supertypes hudson.ExtensionPoint hudson.model.AbstractDescribableImpl hudson.model.Describable
constructor public ()
method public abstract org.jenkinsci.plugins.workflow.steps.StepExecution start(org.jenkinsci.plugins.workflow.steps.StepContext) throws java.lang.Exception
method public org.jenkinsci.plugins.workflow.steps.StepDescriptor getDescriptor()
