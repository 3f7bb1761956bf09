# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/FilePath.java
type public static interface hudson.FilePath.FileCallable<T>
implements java.io.Serializable
implements org.jenkinsci.remoting.RoleSensitive
all-supertypes java.io.Serializable org.jenkinsci.remoting.RoleSensitive
method public abstract T invoke(java.io.File,hudson.remoting.VirtualChannel) throws java.io.IOException,java.lang.InterruptedException
