# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksPublisherFactory.java
type public abstract class io.jenkins.plugins.checks.api.ChecksPublisherFactory
implements hudson.ExtensionPoint
all-supertypes hudson.ExtensionPoint
constructor public ()
method protected java.util.Optional<io.jenkins.plugins.checks.api.ChecksPublisher> createPublisher(hudson.model.Job<?,?>,hudson.model.TaskListener)
method protected java.util.Optional<io.jenkins.plugins.checks.api.ChecksPublisher> createPublisher(hudson.model.Run<?,?>,hudson.model.TaskListener)
method public static io.jenkins.plugins.checks.api.ChecksPublisher fromJob(hudson.model.Job<?,?>,hudson.model.TaskListener)
method public static io.jenkins.plugins.checks.api.ChecksPublisher fromRun(hudson.model.Run<?,?>,hudson.model.TaskListener)
method static io.jenkins.plugins.checks.api.ChecksPublisher fromJob(hudson.model.Job<?,?>,hudson.model.TaskListener,io.jenkins.plugins.util.JenkinsFacade)
method static io.jenkins.plugins.checks.api.ChecksPublisher fromRun(hudson.model.Run<?,?>,hudson.model.TaskListener,io.jenkins.plugins.util.JenkinsFacade)
