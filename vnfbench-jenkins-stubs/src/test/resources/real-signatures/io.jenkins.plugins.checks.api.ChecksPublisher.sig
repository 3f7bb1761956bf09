# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksPublisher.java
type public abstract class io.jenkins.plugins.checks.api.ChecksPublisher
all-supertypes 
constructor public ()
method public abstract void publish(io.jenkins.plugins.checks.api.ChecksDetails)
