package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

/**
 * Stand-in. Source: jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java @e55b8161.
 * The glue only attaches an action to the node the step runs in ({@code addOrReplaceAction} from Actionable). The real class
 * also implements Saveable; its constructor takes a FlowExecution and is not reproduced (nodes are created by Pipeline).
 */
public abstract class FlowNode extends Actionable {

    private FlowNode() {
    }
}
