# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/ClassLoaderSanityThreadFactory.java
type public class hudson.util.ClassLoaderSanityThreadFactory
implements java.util.concurrent.ThreadFactory
all-supertypes java.util.concurrent.ThreadFactory
constructor public (java.util.concurrent.ThreadFactory)
field private final java.util.concurrent.ThreadFactory delegate
method public java.lang.Thread newThread(java.lang.Runnable)
