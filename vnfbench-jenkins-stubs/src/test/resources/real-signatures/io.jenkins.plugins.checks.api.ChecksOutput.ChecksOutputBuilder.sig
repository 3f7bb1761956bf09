# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksOutput.java
type public static class io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder
all-supertypes 
constructor public ()
field private io.jenkins.plugins.checks.api.TruncatedString summary
field private io.jenkins.plugins.checks.api.TruncatedString text
field private java.lang.String title
field private java.util.List<io.jenkins.plugins.checks.api.ChecksAnnotation> annotations
field private java.util.List<io.jenkins.plugins.checks.api.ChecksImage> images
method public io.jenkins.plugins.checks.api.ChecksOutput build()
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder addAnnotation(io.jenkins.plugins.checks.api.ChecksAnnotation)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder addImage(io.jenkins.plugins.checks.api.ChecksImage)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withAnnotations(java.util.List<io.jenkins.plugins.checks.api.ChecksAnnotation>)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withImages(java.util.List<io.jenkins.plugins.checks.api.ChecksImage>)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withSummary(io.jenkins.plugins.checks.api.TruncatedString)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withSummary(java.lang.String)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withText(io.jenkins.plugins.checks.api.TruncatedString)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withText(java.lang.String)
method public io.jenkins.plugins.checks.api.ChecksOutput.ChecksOutputBuilder withTitle(java.lang.String)
