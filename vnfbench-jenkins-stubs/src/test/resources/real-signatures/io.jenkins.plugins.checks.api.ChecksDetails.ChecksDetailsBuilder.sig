# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksDetails.java
type public static class io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder
all-supertypes 
constructor public ()
field private io.jenkins.plugins.checks.api.ChecksConclusion conclusion
field private io.jenkins.plugins.checks.api.ChecksOutput output
field private io.jenkins.plugins.checks.api.ChecksStatus status
field private java.lang.String detailsURL
field private java.lang.String name
field private java.time.LocalDateTime completedAt
field private java.time.LocalDateTime startedAt
field private java.util.List<io.jenkins.plugins.checks.api.ChecksAction> actions
method public io.jenkins.plugins.checks.api.ChecksDetails build()
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder addAction(io.jenkins.plugins.checks.api.ChecksAction)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withActions(java.util.List<io.jenkins.plugins.checks.api.ChecksAction>)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withCompletedAt(java.time.LocalDateTime)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withConclusion(io.jenkins.plugins.checks.api.ChecksConclusion)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withDetailsURL(java.lang.String)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withName(java.lang.String)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withOutput(io.jenkins.plugins.checks.api.ChecksOutput)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withStartedAt(java.time.LocalDateTime)
method public io.jenkins.plugins.checks.api.ChecksDetails.ChecksDetailsBuilder withStatus(io.jenkins.plugins.checks.api.ChecksStatus)
