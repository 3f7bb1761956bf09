package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.model.Jenkins;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/security/AccessControlled.java @jenkins-2.541.3.
 * {@code hasPermission} asks the object's ACL for the calling thread's authentication (SYSTEM2 may do anything), as in
 * core. The check* methods (they throw Spring Security's AccessDeniedException) and the Acegi overloads are omitted.
 */
public interface AccessControlled {

    @NonNull
    ACL getACL();

    default boolean hasPermission(@NonNull Permission permission) {
        if (Jenkins.getAuthentication2().equals(ACL.SYSTEM2)) {
            return true;
        }
        return getACL().hasPermission(permission);
    }
}
