# jenkinsci/plain-credentials-plugin@199.v9f8e1f741799 9f8e1f7417994d4b0dcd783778fb0eb0a0f84691 src/main/java/org/jenkinsci/plugins/plaincredentials/FileCredentials.java
type public interface org.jenkinsci.plugins.plaincredentials.FileCredentials
implements com.cloudbees.plugins.credentials.common.StandardCredentials
all-supertypes com.cloudbees.plugins.credentials.Credentials com.cloudbees.plugins.credentials.common.IdCredentials com.cloudbees.plugins.credentials.common.StandardCredentials hudson.ExtensionPoint hudson.model.Describable java.io.Serializable
method public abstract java.io.InputStream getContent() throws java.io.IOException
method public abstract java.lang.String getFileName()
