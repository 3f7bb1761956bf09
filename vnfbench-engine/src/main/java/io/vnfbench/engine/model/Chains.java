package io.vnfbench.engine.model;

/**
 * A vnfbench extension of the scenario: {@code count} chains of {@code nfs} network functions each, in a
 * {@code snake} (every hop back through the switch) or {@code pipeline} (NF to NF) topology, as in the CNCF CNF
 * Testbed. The planner expands it into concrete nodes and links in each instance (see docs/model.md).
 *
 * @param nf template for every NF node (its id is generated)
 * @param switchNode template for the switch node (its id is generated)
 */
public record Chains(Long count, Long nfs, String topology, Node nf, @YangName("switch") Node switchNode) {
}
