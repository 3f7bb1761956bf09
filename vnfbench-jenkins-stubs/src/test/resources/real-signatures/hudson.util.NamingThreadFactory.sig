# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/util/NamingThreadFactory.java
type public final class hudson.util.NamingThreadFactory
implements java.util.concurrent.ThreadFactory
all-supertypes java.util.concurrent.ThreadFactory
constructor public (java.util.concurrent.ThreadFactory,java.lang.String)
field private final java.lang.String name
field private final java.util.concurrent.ThreadFactory delegate
field private final java.util.concurrent.atomic.AtomicInteger threadNum
method public java.lang.Thread newThread(java.lang.Runnable)
