package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/security/AccessControlled.java @07412a9a.
 * The glue only asks {@code hasPermission}; getACL() (abstract, returns ACL) and the check* methods, which throw
 * Spring Security's AccessDeniedException, are omitted. The default body delegates to the ACL in the real interface.
 */
public interface AccessControlled {
    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("stand-in: permissions are checked by Jenkins");
    }
}
