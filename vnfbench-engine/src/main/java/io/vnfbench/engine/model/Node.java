package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** A node of a scenario: a SUT, agent or monitor host. */
public record Node(@Key String id, @Nullable String type, @Nullable String image, @Nullable String format,
        @Nullable String role, @Nullable Resources resources,
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
