# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/jenkins/YesNoMaybe.java
type public enum jenkins.YesNoMaybe
all-supertypes 
constant MAYBE
constant NO
constant YES
method public java.lang.Boolean toBool()
method public static java.lang.Boolean toBoolean(jenkins.YesNoMaybe)
