# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksOutput.java
type public class io.jenkins.plugins.checks.api.ChecksOutput
all-supertypes 
constructor public (io.jenkins.plugins.checks.api.ChecksOutput)
field private final io.jenkins.plugins.checks.api.TruncatedString summary
field private final io.jenkins.plugins.checks.api.TruncatedString text
field private final java.lang.String title
field private final java.util.List<io.jenkins.plugins.checks.api.ChecksAnnotation> annotations
field private final java.util.List<io.jenkins.plugins.checks.api.ChecksImage> images
method public java.lang.String toString()
method public java.util.List<io.jenkins.plugins.checks.api.ChecksAnnotation> getChecksAnnotations()
method public java.util.List<io.jenkins.plugins.checks.api.ChecksImage> getChecksImages()
method public java.util.Optional<java.lang.String> getSummary()
method public java.util.Optional<java.lang.String> getSummary(int)
method public java.util.Optional<java.lang.String> getText()
method public java.util.Optional<java.lang.String> getText(int)
method public java.util.Optional<java.lang.String> getTitle()
