package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/**
 * A vnfbench extension of the scenario: {@code count} chains of {@code nfs} network functions each, in a
 * {@code snake} (every hop back through the switch) or {@code pipeline} (NF to NF) topology, as in the CNCF CNF
 * Testbed. The planner expands it into concrete nodes and links in each instance (see docs/model.md).
 *
 * @param nf template for every NF node (its id is generated)
 * @param switchNode template for the switch node (its id is generated)
 */
public record Chains(@Nullable Long count, @Nullable Long nfs, @Nullable String topology,
        @Nullable Node nf, @Nullable @YangName("switch") Node switchNode) {
}
