# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/security/Permission.java
type public final class hudson.security.Permission
all-supertypes 
constructor public (hudson.security.PermissionGroup,java.lang.String,hudson.security.Permission)
constructor public (hudson.security.PermissionGroup,java.lang.String,org.jvnet.localizer.Localizable,hudson.security.Permission)
constructor public (hudson.security.PermissionGroup,java.lang.String,org.jvnet.localizer.Localizable,hudson.security.Permission,boolean)
constructor public (hudson.security.PermissionGroup,java.lang.String,org.jvnet.localizer.Localizable,hudson.security.Permission,boolean,hudson.security.PermissionScope[]) throws java.lang.IllegalStateException
constructor public (hudson.security.PermissionGroup,java.lang.String,org.jvnet.localizer.Localizable,hudson.security.Permission,hudson.security.PermissionScope)
field private final java.lang.String id
field private final java.util.Set<hudson.security.PermissionScope> scopes
field private static final java.util.List<hudson.security.Permission> ALL
field private static final java.util.List<hudson.security.Permission> ALL_VIEW
field public boolean enabled
field public final hudson.security.Permission impliedBy
field public final hudson.security.PermissionGroup group
field public final java.lang.Class owner
field public final java.lang.String name
field public final org.jvnet.localizer.Localizable description
field public static final hudson.security.Permission CONFIGURE
field public static final hudson.security.Permission CREATE
field public static final hudson.security.Permission DELETE
field public static final hudson.security.Permission FULL_CONTROL
field public static final hudson.security.Permission HUDSON_ADMINISTER
field public static final hudson.security.Permission READ
field public static final hudson.security.Permission UPDATE
field public static final hudson.security.Permission WRITE
field public static final hudson.security.PermissionGroup GROUP
field public static final hudson.security.PermissionGroup HUDSON_PERMISSIONS
field public static final java.util.Comparator<hudson.security.Permission> ID_COMPARATOR
method public boolean equals(java.lang.Object)
method public boolean getEnabled()
method public boolean isContainedBy(hudson.security.PermissionScope)
method public int hashCode()
method public java.lang.String getId()
method public java.lang.String toString()
method public static hudson.security.Permission fromId(java.lang.String)
method public static java.util.List<hudson.security.Permission> getAll()
method public void setEnabled(boolean)
