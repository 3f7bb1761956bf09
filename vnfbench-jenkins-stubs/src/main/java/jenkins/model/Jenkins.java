package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/jenkins/model/Jenkins.java @jenkins-2.541.3
 * (getAuthentication2 L4819, ANONYMOUS2 L5934). Only the thread's authentication is kept: it is what background work
 * has to carry over from the Pipeline thread. The real class is the controller itself (extends AbstractCIBase and
 * implements a dozen interfaces); it cannot be instantiated here.
 */
public class Jenkins {

    public static final Authentication ANONYMOUS2 =
            new AnonymousAuthenticationToken("anonymous", "anonymous", Set.of(new SimpleGrantedAuthority("anonymous")));

    private Jenkins() {
    }

    /** The authentication of the calling thread (Spring Security's holder); anonymous when none is set, as in core. */
    public static @NonNull Authentication getAuthentication2() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? ANONYMOUS2 : a;
    }
}
