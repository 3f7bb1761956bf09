# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/security/AccessControlled.java
type public interface hudson.security.AccessControlled
all-supertypes 
method public abstract hudson.security.ACL getACL()
method public default boolean hasAnyPermission(hudson.security.Permission[]...)
method public default boolean hasPermission(hudson.security.Permission)
method public default boolean hasPermission(org.acegisecurity.Authentication,hudson.security.Permission)
method public default boolean hasPermission2(org.springframework.security.core.Authentication,hudson.security.Permission)
method public default void checkAnyPermission(hudson.security.Permission[]...) throws org.springframework.security.access.AccessDeniedException
method public default void checkPermission(hudson.security.Permission) throws org.springframework.security.access.AccessDeniedException
