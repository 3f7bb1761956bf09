# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/MasterToSlaveFileCallable.java
type public abstract class jenkins.MasterToSlaveFileCallable<T>
implements jenkins.agents.ControllerToAgentFileCallable<T>
all-supertypes hudson.FilePath.FileCallable java.io.Serializable jenkins.agents.ControllerToAgentFileCallable org.jenkinsci.remoting.RoleSensitive
constructor public ()
field private static final long serialVersionUID
