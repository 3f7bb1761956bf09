# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/model/FullyNamed.java
type public interface jenkins.model.FullyNamed
all-supertypes 
method public abstract java.lang.String getFullName()
