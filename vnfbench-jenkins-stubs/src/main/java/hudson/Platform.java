package hudson;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/Platform.java @jenkins-2.541.3.
 * The constants only (EnvVars serializes which one it was made for); the path separator and detection are omitted.
 */
public enum Platform {
    WINDOWS,
    UNIX
}
