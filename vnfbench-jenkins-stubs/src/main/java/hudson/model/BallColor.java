package hudson.model;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/BallColor.java @jenkins-2.541.3.
 * Only the colours of the five build results; the animated variants, icons and the StatusIcon methods are omitted.
 */
public enum BallColor {
    RED,
    YELLOW,
    BLUE,
    NOTBUILT,
    ABORTED
}
