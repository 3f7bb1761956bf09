package hudson.remoting;

/**
 * Stand-in. Source: jenkinsci/remoting src/main/java/hudson/remoting/VirtualChannel.java @35226827.
 * The glue only receives it as the second argument of {@code FileCallable.invoke}; its members are omitted.
 */
public interface VirtualChannel {
}
