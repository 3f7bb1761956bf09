package io.vnfbench.engine.model;

import java.util.List;

/** The proceedings of a VNF-BD: agents and monitors. */
public record Proceedings(List<Agent> agents, List<Monitor> monitors) {
    public Proceedings {
        agents = Lists.of(agents);
        monitors = Lists.of(monitors);
    }
}
