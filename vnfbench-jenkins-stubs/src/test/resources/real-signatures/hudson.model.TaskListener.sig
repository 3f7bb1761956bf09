# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/TaskListener.java
type public interface hudson.model.TaskListener
implements org.jenkinsci.remoting.SerializableOnlyOverRemoting
all-supertypes java.io.Serializable org.jenkinsci.remoting.SerializableOnlyOverRemoting
field public static final hudson.model.TaskListener NULL
method public abstract java.io.PrintStream getLogger()
method public default java.io.PrintWriter error(java.lang.String)
method public default java.io.PrintWriter error(java.lang.String,java.lang.Object[]...)
method public default java.io.PrintWriter fatalError(java.lang.String)
method public default java.io.PrintWriter fatalError(java.lang.String,java.lang.Object[]...)
method public default java.nio.charset.Charset getCharset()
method public default void annotate(hudson.console.ConsoleNote) throws java.io.IOException
method public default void hyperlink(java.lang.String,java.lang.String) throws java.io.IOException
