# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/FormValidation.java
type public static enum hudson.util.FormValidation.Kind
all-supertypes 
constant ERROR
constant OK
constant WARNING
