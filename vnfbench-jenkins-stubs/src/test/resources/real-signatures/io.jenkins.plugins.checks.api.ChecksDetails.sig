# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksDetails.java
type public class io.jenkins.plugins.checks.api.ChecksDetails
all-supertypes 
field private final io.jenkins.plugins.checks.api.ChecksConclusion conclusion
field private final io.jenkins.plugins.checks.api.ChecksOutput output
field private final io.jenkins.plugins.checks.api.ChecksStatus status
field private final java.lang.String detailsURL
field private final java.lang.String name
field private final java.time.LocalDateTime completedAt
field private final java.time.LocalDateTime startedAt
field private final java.util.List<io.jenkins.plugins.checks.api.ChecksAction> actions
method public io.jenkins.plugins.checks.api.ChecksConclusion getConclusion()
method public io.jenkins.plugins.checks.api.ChecksStatus getStatus()
method public java.lang.String toString()
method public java.util.List<io.jenkins.plugins.checks.api.ChecksAction> getActions()
method public java.util.Optional<io.jenkins.plugins.checks.api.ChecksOutput> getOutput()
method public java.util.Optional<java.lang.String> getDetailsURL()
method public java.util.Optional<java.lang.String> getName()
method public java.util.Optional<java.time.LocalDateTime> getCompletedAt()
method public java.util.Optional<java.time.LocalDateTime> getStartedAt()
