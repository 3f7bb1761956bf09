package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Action.java @jenkins-2.541.3
 * (the newer default methods getDescription/getGroup/... of 2.568 are not in 2.541).
 */
public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}
