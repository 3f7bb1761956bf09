# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/AbortException.java
type public class hudson.AbortException
extends java.io.IOException
all-supertypes java.io.IOException java.io.Serializable java.lang.Exception java.lang.Throwable
constructor public ()
constructor public (java.lang.String)
field private static final long serialVersionUID
