package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;

/**
 * Stand-in. Source: jenkinsci/workflow-step-api-plugin
 * src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousResumeNotSupportedException.java @0773c3c6.
 * The deprecated no-argument constructor is omitted.
 */
public class SynchronousResumeNotSupportedException extends Exception {

    private static final long serialVersionUID = 1L;

    public SynchronousResumeNotSupportedException(StepContext context) {
        super("The Pipeline step `" + functionName(context) + "` cannot be resumed after a controller restart.");
    }

    private static String functionName(StepContext context) {
        try {
            StepDescriptor d = context.get(StepDescriptor.class);
            return d != null ? d.getFunctionName() : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }
}
