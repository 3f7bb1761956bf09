package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Stand-in. Source: jenkinsci/jenkins core/src/main/java/jenkins/model/FullyNamed.java @jenkins-2.541.3. */
public interface FullyNamed {

    @NonNull
    String getFullName();
}
