package io.vnfbench.engine.model;

import java.util.List;
import java.util.Optional;

/** A node of a scenario: a SUT, agent or monitor host. */
public record Node(@Key String id, String type, String image, String format, String role, Resources resources,
        @YangName("connection_points") List<ConnectionPoint> connectionPoints, List<Relationship> relationships,
        List<Lifecycle> lifecycle) {
    public Node {
        connectionPoints = Lists.of(connectionPoints);
        relationships = Lists.of(relationships);
        lifecycle = Lists.of(lifecycle);
    }

    public Optional<Lifecycle> workflow(String workflow) {
        return lifecycle.stream().filter(l -> l.workflow().equals(workflow)).findFirst();
    }
}
