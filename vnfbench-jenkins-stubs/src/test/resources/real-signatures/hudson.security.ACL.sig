# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/security/ACL.java
type public abstract class hudson.security.ACL
all-supertypes 
constructor public ()
field public static final java.lang.String ANONYMOUS_USERNAME
field public static final java.lang.String SYSTEM_USERNAME
field public static final org.acegisecurity.Authentication SYSTEM
field public static final org.acegisecurity.acls.sid.Sid ANONYMOUS
field public static final org.acegisecurity.acls.sid.Sid EVERYONE
field public static final org.springframework.security.core.Authentication SYSTEM2
field static final org.acegisecurity.acls.sid.Sid[] AUTOMATIC_SIDS
method public boolean hasCreatePermission(org.acegisecurity.Authentication,hudson.model.ItemGroup,hudson.model.TopLevelItemDescriptor)
method public boolean hasCreatePermission(org.acegisecurity.Authentication,hudson.model.ViewGroup,hudson.model.ViewDescriptor)
method public boolean hasCreatePermission2(org.springframework.security.core.Authentication,hudson.model.ItemGroup,hudson.model.TopLevelItemDescriptor)
method public boolean hasCreatePermission2(org.springframework.security.core.Authentication,hudson.model.ViewGroup,hudson.model.ViewDescriptor)
method public boolean hasPermission(org.acegisecurity.Authentication,hudson.security.Permission)
method public boolean hasPermission2(org.springframework.security.core.Authentication,hudson.security.Permission)
method public final boolean hasAnyPermission(hudson.security.Permission[]...)
method public final boolean hasPermission(hudson.security.Permission)
method public final void checkAnyPermission(hudson.security.Permission[]...)
method public final void checkCreatePermission(hudson.model.ItemGroup,hudson.model.TopLevelItemDescriptor)
method public final void checkCreatePermission(hudson.model.ViewGroup,hudson.model.ViewDescriptor)
method public final void checkPermission(hudson.security.Permission)
method public static <V,T extends java.lang.Exception> V impersonate(org.acegisecurity.Authentication,hudson.remoting.Callable<V,T>) throws T
method public static <V,T extends java.lang.Exception> V impersonate2(org.springframework.security.core.Authentication,hudson.remoting.Callable<V,T>) throws T
method public static boolean isAnonymous(org.acegisecurity.Authentication)
method public static boolean isAnonymous2(org.springframework.security.core.Authentication)
method public static hudson.security.ACL lambda(java.util.function.BiFunction<org.acegisecurity.Authentication,hudson.security.Permission,java.lang.Boolean>)
method public static hudson.security.ACL lambda2(java.util.function.BiFunction<org.springframework.security.core.Authentication,hudson.security.Permission,java.lang.Boolean>)
method public static hudson.security.ACLContext as(hudson.model.User)
method public static hudson.security.ACLContext as(org.acegisecurity.Authentication)
method public static hudson.security.ACLContext as2(org.springframework.security.core.Authentication)
method public static org.acegisecurity.context.SecurityContext impersonate(org.acegisecurity.Authentication)
method public static org.springframework.security.core.context.SecurityContext impersonate2(org.springframework.security.core.Authentication)
method public static void impersonate(org.acegisecurity.Authentication,java.lang.Runnable)
method public static void impersonate2(org.springframework.security.core.Authentication,java.lang.Runnable)
