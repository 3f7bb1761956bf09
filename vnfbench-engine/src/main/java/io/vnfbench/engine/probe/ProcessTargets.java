package io.vnfbench.engine.probe;

import java.util.List;

/**
 * Targets of an environment whose SUT nodes are local OS processes (the {@code local} environment): lets the
 * {@code process} listener find a node's processes.
 */
public interface ProcessTargets extends Targets {
    /** The node's processes (its main process and descendants) alive now; empty for an unknown node. */
    List<ProcessHandle> processesOf(String nodeId);

    /** Every process of the deployed SUT alive now. */
    List<ProcessHandle> sutProcesses();
}
