package org.jenkinsci.plugins.workflow.steps;

/**
 * Stand-in. Source: jenkinsci/workflow-step-api-plugin
 * src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java @0773c3c6.
 * Declared only because {@link StepContext#newBodyInvoker()} returns it; the glue's step takes no body,
 * so every member (withContext, withCallback, start, ...) is omitted.
 */
public abstract class BodyInvoker {
}
