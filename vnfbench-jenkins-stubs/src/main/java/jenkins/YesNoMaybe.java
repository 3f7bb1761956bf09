package jenkins;

/** Stand-in. Source: jenkinsci/jenkins core/src/main/java/jenkins/YesNoMaybe.java @jenkins-2.541.3 (static helpers omitted). */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
