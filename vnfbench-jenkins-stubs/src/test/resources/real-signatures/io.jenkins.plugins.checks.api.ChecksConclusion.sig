# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksConclusion.java
type public enum io.jenkins.plugins.checks.api.ChecksConclusion
all-supertypes 
constant ACTION_REQUIRED
constant CANCELED
constant FAILURE
constant NEUTRAL
constant NONE
constant SKIPPED
constant SUCCESS
constant TIME_OUT
