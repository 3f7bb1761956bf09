# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/DaemonThreadFactory.java
type public class hudson.util.DaemonThreadFactory
implements java.util.concurrent.ThreadFactory
all-supertypes java.util.concurrent.ThreadFactory
constructor public ()
constructor public (java.util.concurrent.ThreadFactory)
field private final java.util.concurrent.ThreadFactory core
method public java.lang.Thread newThread(java.lang.Runnable)
