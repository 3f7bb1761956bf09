package hudson;

import java.io.IOException;

/** Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/AbortException.java @jenkins-2.541.3. */
public class AbortException extends IOException {

    private static final long serialVersionUID = 1L;

    public AbortException() {
    }

    public AbortException(String message) {
        super(message);
    }
}
