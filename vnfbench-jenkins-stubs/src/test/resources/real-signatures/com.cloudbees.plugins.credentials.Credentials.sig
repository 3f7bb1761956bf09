# jenkinsci/credentials-plugin@d96751bcc06de7da229c321370456ea1cf7ca4ac d96751bcc06de7da229c321370456ea1cf7ca4ac src/main/java/com/cloudbees/plugins/credentials/Credentials.java
type public interface com.cloudbees.plugins.credentials.Credentials
implements hudson.model.Describable<com.cloudbees.plugins.credentials.Credentials>
implements java.io.Serializable
implements hudson.ExtensionPoint
all-supertypes hudson.ExtensionPoint hudson.model.Describable java.io.Serializable
method public abstract com.cloudbees.plugins.credentials.CredentialsDescriptor getDescriptor()
method public abstract com.cloudbees.plugins.credentials.CredentialsScope getScope()
method public default com.cloudbees.plugins.credentials.Credentials forRun(hudson.model.Run<?,?>)
