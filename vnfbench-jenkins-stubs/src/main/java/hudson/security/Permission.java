package hudson.security;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/security/Permission.java @jenkins-2.541.3.
 * The glue only passes the constants (e.g. {@code Item.READ}) to {@link AccessControlled#hasPermission}; the
 * real constructors need PermissionGroup/PermissionScope/Localizable and are not reproduced. {@code id} is real.
 */
public final class Permission {

    public final String id;

    private Permission(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Permission[" + id + "]";
    }
}
