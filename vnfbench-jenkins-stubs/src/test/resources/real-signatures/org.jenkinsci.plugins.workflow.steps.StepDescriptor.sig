# jenkinsci/workflow-step-api-plugin@0773c3c68734763741f08807407123c17a546ea2 0773c3c68734763741f08807407123c17a546ea2 src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java
type public abstract class org.jenkinsci.plugins.workflow.steps.StepDescriptor
extends hudson.model.Descriptor<org.jenkinsci.plugins.workflow.steps.Step>
all-supertypes hudson.model.Descriptor hudson.model.Saveable jenkins.model.Loadable jenkins.util.io.OnMaster
constructor public ()
field private static final java.util.logging.Logger LOGGER
method public abstract java.lang.String getFunctionName()
method public abstract java.util.Set<? extends java.lang.Class<?>> getRequiredContext()
method public boolean isAdvanced()
method public boolean isMetaStep()
method public boolean takesImplicitBlockArgument()
method public final java.lang.Class<?> getMetaStepArgumentType()
method public final void checkContextAvailability(org.jenkinsci.plugins.workflow.steps.StepContext) throws java.io.IOException,java.lang.InterruptedException,org.jenkinsci.plugins.workflow.steps.MissingContextVariableException
method public java.lang.String argumentsToString(java.util.Map<java.lang.String,java.lang.Object>)
method public java.util.Map<java.lang.String,java.lang.Object> defineArguments(org.jenkinsci.plugins.workflow.steps.Step) throws java.lang.UnsupportedOperationException
method public java.util.Set<? extends java.lang.Class<?>> getProvidedContext()
method public org.jenkinsci.plugins.structs.describable.UninstantiatedDescribable uninstantiate(org.jenkinsci.plugins.workflow.steps.Step) throws java.lang.UnsupportedOperationException
method public org.jenkinsci.plugins.workflow.steps.Step newInstance(java.util.Map<java.lang.String,java.lang.Object>) throws java.lang.Exception
method public static hudson.ExtensionList<org.jenkinsci.plugins.workflow.steps.StepDescriptor> all()
method public static java.lang.Iterable<org.jenkinsci.plugins.workflow.steps.StepDescriptor> allMeta()
method public static java.util.List<org.jenkinsci.plugins.workflow.steps.StepDescriptor> metaStepsOf(java.lang.String)
method public static org.jenkinsci.plugins.workflow.steps.StepDescriptor byFunctionName(java.lang.String)
method static boolean isAbleToUseToStringForDisplay(java.lang.Object)
