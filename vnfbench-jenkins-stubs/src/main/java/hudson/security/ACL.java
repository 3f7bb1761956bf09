package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.function.BiFunction;
import jenkins.model.Jenkins;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/security/ACL.java @jenkins-2.541.3 (hasPermission L132,
 * hasPermission2 L175, lambda2 L197, SYSTEM2 L374, as2 L477). Permission checks and impersonation behave as in core:
 * SYSTEM2 may do anything, {@code as2} swaps the thread's security context and the returned {@link ACLContext} restores
 * it. (Core installs a NonSerializableSecurityContext; Spring's own implementation stands in for it.)
 */
public abstract class ACL {

    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken("SYSTEM", "SYSTEM");

    public final boolean hasPermission(@NonNull Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        if (a.equals(SYSTEM2)) {
            return true;
        }
        return hasPermission2(a, p);
    }

    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new AbstractMethodError("implement hasPermission2");
    }

    public static ACL lambda2(final BiFunction<Authentication, Permission, Boolean> impl) {
        return new ACL() {
            @Override
            public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
                return impl.apply(a, permission);
            }
        };
    }

    @NonNull
    public static ACLContext as2(@NonNull Authentication auth) {
        ACLContext context = new ACLContext(SecurityContextHolder.getContext());
        SecurityContextHolder.setContext(new SecurityContextImpl(auth));
        return context;
    }
}
