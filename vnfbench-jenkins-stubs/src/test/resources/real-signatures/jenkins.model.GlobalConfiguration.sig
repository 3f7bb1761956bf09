# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/model/GlobalConfiguration.java
type public abstract class jenkins.model.GlobalConfiguration
extends hudson.model.Descriptor<jenkins.model.GlobalConfiguration>
implements hudson.ExtensionPoint
implements hudson.model.Describable<jenkins.model.GlobalConfiguration>
all-supertypes hudson.ExtensionPoint hudson.model.Describable hudson.model.Descriptor hudson.model.Saveable jenkins.model.Loadable jenkins.util.io.OnMaster
constructor protected ()
method public boolean configure(org.kohsuke.stapler.StaplerRequest,net.sf.json.JSONObject) throws hudson.model.Descriptor.FormException
method public boolean configure(org.kohsuke.stapler.StaplerRequest2,net.sf.json.JSONObject) throws hudson.model.Descriptor.FormException
method public final hudson.model.Descriptor<jenkins.model.GlobalConfiguration> getDescriptor()
method public java.lang.String getGlobalConfigPage()
method public static hudson.ExtensionList<jenkins.model.GlobalConfiguration> all()
