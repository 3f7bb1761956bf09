package io.vnfbench.engine.model;

import java.util.List;

/** A link between connection points. */
public record Link(@Key String id, String name, String type, String network,
        @YangName("connection_points") List<String> connectionPoints) {
    public Link {
        connectionPoints = Lists.of(connectionPoints);
    }
}
