# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Action.java
type public interface hudson.model.Action
implements hudson.model.ModelObject
all-supertypes hudson.model.ModelObject
method public abstract java.lang.String getDisplayName()
method public abstract java.lang.String getIconFileName()
method public abstract java.lang.String getUrlName()
