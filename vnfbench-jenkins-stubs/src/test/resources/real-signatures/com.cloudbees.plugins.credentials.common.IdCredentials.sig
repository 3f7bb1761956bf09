# jenkinsci/credentials-plugin@d96751bcc06de7da229c321370456ea1cf7ca4ac d96751bcc06de7da229c321370456ea1cf7ca4ac src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java
type public interface com.cloudbees.plugins.credentials.common.IdCredentials
implements com.cloudbees.plugins.credentials.Credentials
all-supertypes com.cloudbees.plugins.credentials.Credentials hudson.ExtensionPoint hudson.model.Describable java.io.Serializable
method public abstract java.lang.String getId()
