# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/ListBoxModel.java
type public static final class hudson.util.ListBoxModel.Option
all-supertypes 
constructor public (java.lang.String)
constructor public (java.lang.String,java.lang.String)
constructor public (java.lang.String,java.lang.String,boolean)
field public boolean selected
field public java.lang.String name
field public java.lang.String value
method public java.lang.String toString()
