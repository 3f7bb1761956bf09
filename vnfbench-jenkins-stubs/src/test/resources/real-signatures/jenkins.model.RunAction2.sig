# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/model/RunAction2.java
type public interface jenkins.model.RunAction2
implements hudson.model.Action
all-supertypes hudson.model.Action hudson.model.ModelObject
method public abstract void onAttached(hudson.model.Run<?,?>)
method public abstract void onLoad(hudson.model.Run<?,?>)
