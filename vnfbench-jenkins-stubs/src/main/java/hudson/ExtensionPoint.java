package hudson;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/ExtensionPoint.java @jenkins-2.541.3
 * (the nested deprecated LegacyInstancesAreScopedToHudson annotation is omitted).
 */
public interface ExtensionPoint {
}
