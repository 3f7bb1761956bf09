package jenkins;

import hudson.FilePath;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/jenkins/MasterToSlaveFileCallable.java @jenkins-2.541.3.
 * The real class implements jenkins.agents.ControllerToAgentFileCallable&lt;T&gt; (which extends FilePath.FileCallable&lt;T&gt;
 * and adds the role check); the stand-in implements FilePath.FileCallable&lt;T&gt; directly.
 */
public abstract class MasterToSlaveFileCallable<T> implements FilePath.FileCallable<T> {

    private static final long serialVersionUID = 1L;
}
