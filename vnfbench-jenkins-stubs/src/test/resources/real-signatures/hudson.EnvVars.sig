# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/EnvVars.java
type public class hudson.EnvVars
extends java.util.TreeMap<java.lang.String,java.lang.String>
all-supertypes java.io.Serializable java.lang.Cloneable java.util.AbstractMap java.util.Map java.util.NavigableMap java.util.SortedMap java.util.TreeMap
constructor public ()
constructor public (hudson.EnvVars)
constructor public (java.lang.String[]...)
constructor public (java.util.Map<java.lang.String,java.lang.String>)
field private hudson.Platform platform
field private static final long serialVersionUID
field private static java.util.logging.Logger LOGGER
field public static final java.util.Map<java.lang.String,java.lang.String> masterEnvVars
method public hudson.EnvVars overrideAll(java.util.Map<java.lang.String,java.lang.String>)
method public hudson.EnvVars overrideExpandingAll(java.util.Map<java.lang.String,java.lang.String>)
method public hudson.Platform getPlatform()
method public java.lang.String expand(java.lang.String)
method public java.lang.String get(java.lang.String,java.lang.String)
method public java.lang.String put(java.lang.String,java.lang.String)
method public static hudson.EnvVars createCookie()
method public static hudson.EnvVars getRemote(hudson.remoting.VirtualChannel) throws java.io.IOException,java.lang.InterruptedException
method public static void resolve(java.util.Map<java.lang.String,java.lang.String>)
method public void addLine(java.lang.String)
method public void override(java.lang.String,java.lang.String)
method public void putAllNonNull(java.util.Map<java.lang.String,java.lang.String>)
method public void putIfNotNull(java.lang.String,java.lang.String)
method public void setPlatform(hudson.Platform)
