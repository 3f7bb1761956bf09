# jenkinsci/credentials-plugin@d96751bcc06de7da229c321370456ea1cf7ca4ac d96751bcc06de7da229c321370456ea1cf7ca4ac src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java
type public interface com.cloudbees.plugins.credentials.common.StandardCredentials
implements com.cloudbees.plugins.credentials.common.IdCredentials
all-supertypes com.cloudbees.plugins.credentials.Credentials com.cloudbees.plugins.credentials.common.IdCredentials hudson.ExtensionPoint hudson.model.Describable java.io.Serializable
method public abstract java.lang.String getDescription()
