package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** The scenario of a VNF-BD: nodes, links and policies. */
public record Scenario(List<Node> nodes, List<Link> links, List<Policy> policies,
        @Nullable @Extension Chains chains) {
    public Scenario {
        nodes = Lists.of(nodes);
        links = Lists.of(links);
        policies = Lists.of(policies);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
