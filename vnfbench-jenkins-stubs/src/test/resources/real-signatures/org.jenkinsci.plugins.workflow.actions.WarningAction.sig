# jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ 2ff1a5e720fa922f5e59e1fc32c10b6dafa06aa8 src/main/java/org/jenkinsci/plugins/workflow/actions/WarningAction.java
type public class org.jenkinsci.plugins.workflow.actions.WarningAction
implements org.jenkinsci.plugins.workflow.actions.PersistentAction
all-supertypes hudson.model.Action hudson.model.ModelObject org.jenkinsci.plugins.workflow.actions.PersistentAction
constructor public (hudson.model.Result)
field private hudson.model.Result result
field private java.lang.String message
method public hudson.model.Result getResult()
method public java.lang.String getDisplayName()
method public java.lang.String getIconFileName()
method public java.lang.String getMessage()
method public java.lang.String getUrlName()
method public org.jenkinsci.plugins.workflow.actions.WarningAction withMessage(java.lang.String)
