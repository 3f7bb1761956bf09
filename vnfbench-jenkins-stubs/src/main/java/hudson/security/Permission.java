package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/security/Permission.java @jenkins-2.541.3 (getId L218).
 * The glue only passes the constants (e.g. {@code Item.READ}) to {@link AccessControlled#hasPermission}. The real
 * constructors need PermissionGroup and Localizable and are not reproduced; the constants are made reflectively.
 */
public final class Permission {

    private final String id;

    private Permission(String id) {
        this.id = id;
    }

    public @NonNull String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Permission[" + id + "]";
    }
}
