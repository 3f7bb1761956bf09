package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import java.io.Serializable;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/TaskListener.java @jenkins-2.541.3.
 * The real interface extends org.jenkinsci.remoting.SerializableOnlyOverRemoting (a Serializable) and has default
 * annotate/hyperlink/error/fatalError methods and a NULL constant, which the glue does not use.
 */
public interface TaskListener extends Serializable {
    @NonNull
    PrintStream getLogger();
}
