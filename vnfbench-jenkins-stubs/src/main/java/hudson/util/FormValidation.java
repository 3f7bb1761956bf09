package hudson.util;

import java.io.IOException;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/util/FormValidation.java @jenkins-2.541.3.
 * The real class also implements org.kohsuke.stapler.HttpResponse and escapes the message into HTML; the stand-in
 * keeps the kind and the plain message (getMessage()).
 */
public abstract class FormValidation extends IOException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static FormValidation ok() {
        return of(Kind.OK, null);
    }

    public static FormValidation warning(String message) {
        return of(Kind.WARNING, message);
    }

    public static FormValidation error(String message) {
        return of(Kind.ERROR, message);
    }

    public abstract String renderHtml();

    private static FormValidation of(Kind kind, String message) {
        return new FormValidation(kind, message) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return message == null ? "" : message;
            }
        };
    }
}
