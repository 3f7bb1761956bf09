package io.vnfbench.engine.env.netns;

/**
 * A namespace, link or command of a topology could not be set up. The message is one line that names the namespace
 * (the node it serves) and the cause, e.g. the kernel's refusal with the sysctl that explains it.
 */
public final class NetnsException extends Exception {
    private static final long serialVersionUID = 1L;

    public NetnsException(String message) {
        super(message);
    }

    public NetnsException(String message, Throwable cause) {
        super(message, cause);
    }
}
