package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/security/ACLContext.java @jenkins-2.541.3.
 * Restores the security context that {@link ACL#as2} replaced. The deprecated Acegi accessor is omitted.
 */
public class ACLContext implements AutoCloseable {

    @NonNull
    private final SecurityContext previousContext;

    ACLContext(@NonNull SecurityContext previousContext) {
        this.previousContext = previousContext;
    }

    @NonNull
    public SecurityContext getPreviousContext2() {
        return previousContext;
    }

    @Override
    public void close() {
        SecurityContextHolder.setContext(previousContext);
    }
}
