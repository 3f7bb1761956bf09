package io.vnfbench.engine.plan;

import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure of a scenario's expanded {@code chains}: which NFs form which chain in which order, which switch
 * connection points are each chain's ends, and whether the chains are snakes or pipelines. {@link ChainExpander}
 * builds the nodes and links from it, and environments read it instead of recovering chain membership from node ids.
 *
 * @param topology {@link ChainExpander#SNAKE} or {@link ChainExpander#PIPELINE}
 * @param switchId the switch node's id
 * @param chains the chains, in order (index 1 first)
 */
public record ChainLayout(String topology, String switchId, List<Chain> chains) {

    public ChainLayout {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(switchId, "switchId");
        chains = List.copyOf(chains);
    }

    /**
     * One chain.
     *
     * @param index 1-based chain number
     * @param ingress the switch connection point where traffic enters the chain (the generator attaches here)
     * @param egress the switch connection point where traffic leaves the chain (towards the generator's receiver)
     * @param nfs the chain's NFs, in traffic order
     */
    public record Chain(int index, String ingress, String egress, List<Nf> nfs) {
        public Chain {
            nfs = List.copyOf(nfs);
        }

        public boolean contains(String nodeId) {
            return nfs.stream().anyMatch(n -> n.id().equals(nodeId));
        }
    }

    /**
     * One NF of a chain.
     *
     * @param id the node id
     * @param position 1-based position in its chain
     * @param in the connection point traffic enters by
     * @param out the connection point traffic leaves by
     */
    public record Nf(String id, int position, String in, String out) {
    }

    /** The layout a chains element expands into; the element must pass {@link ChainExpander#check}. */
    public static ChainLayout of(Chains chains) {
        String problem = ChainExpander.check(chains);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        List<Chain> out = new ArrayList<>();
        for (int k = 1; k <= chains.count(); k++) {
            List<Nf> nfs = new ArrayList<>();
            for (int j = 1; j <= chains.nfs(); j++) {
                String id = ChainExpander.nfId(k, j);
                nfs.add(new Nf(id, j, id + "-in", id + "-out"));
            }
            out.add(new Chain(k, "c" + k + "-ingress", "c" + k + "-egress", nfs));
        }
        return new ChainLayout(chains.topology().toLowerCase(Locale.ROOT), ChainExpander.SWITCH_ID, out);
    }

    /** The layout of an expanded scenario, or empty when it has no chains element. */
    public static Optional<ChainLayout> of(Scenario scenario) {
        return scenario == null || scenario.chains() == null ? Optional.empty() : Optional.of(of(scenario.chains()));
    }

    public boolean isPipeline() {
        return ChainExpander.PIPELINE.equals(topology);
    }

    /** The chain a node belongs to, if it is a chain NF. */
    public Optional<Chain> chainOf(String nodeId) {
        return chains.stream().filter(c -> c.contains(nodeId)).findFirst();
    }

    /** The chain whose ingress or egress is this switch connection point. */
    public Optional<Chain> chainAt(String switchConnectionPoint) {
        return chains.stream().filter(c -> c.ingress().equals(switchConnectionPoint)
                || c.egress().equals(switchConnectionPoint)).findFirst();
    }

    /** The chain whose egress is this switch connection point (where the chain hands traffic back). */
    public Optional<Chain> chainLeavingAt(String switchConnectionPoint) {
        return chains.stream().filter(c -> c.egress().equals(switchConnectionPoint)).findFirst();
    }
}
