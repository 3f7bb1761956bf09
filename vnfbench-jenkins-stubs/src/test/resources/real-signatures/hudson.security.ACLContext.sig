# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/security/ACLContext.java
type public class hudson.security.ACLContext
implements java.lang.AutoCloseable
all-supertypes java.lang.AutoCloseable
constructor (org.springframework.security.core.context.SecurityContext)
field private final org.springframework.security.core.context.SecurityContext previousContext
method public org.acegisecurity.context.SecurityContext getPreviousContext()
method public org.springframework.security.core.context.SecurityContext getPreviousContext2()
method public void close()
