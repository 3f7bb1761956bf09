# jenkinsci/checks-api-plugin@415.vf022234a_931d f022234a931d99b6331718003ba6884349e5fd2b src/main/java/io/jenkins/plugins/checks/api/ChecksStatus.java
type public enum io.jenkins.plugins.checks.api.ChecksStatus
all-supertypes 
constant COMPLETED
constant IN_PROGRESS
constant NONE
constant QUEUED
