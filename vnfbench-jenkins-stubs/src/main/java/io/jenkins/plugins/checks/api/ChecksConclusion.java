package io.jenkins.plugins.checks.api;

/** Stand-in. Source: jenkinsci/checks-api-plugin src/main/java/io/jenkins/plugins/checks/api/ChecksConclusion.java @93970793. */
public enum ChecksConclusion {
    NONE, ACTION_REQUIRED, SKIPPED, CANCELED, TIME_OUT, FAILURE, NEUTRAL, SUCCESS
}
