# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/ExtensionPoint.java
type public interface hudson.ExtensionPoint
all-supertypes 
