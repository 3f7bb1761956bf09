package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** A link between connection points. */
public record Link(@Key String id, @Nullable String name, @Nullable String type, @Nullable String network,
        @YangName("connection_points") List<String> connectionPoints) {
    public Link {
        connectionPoints = Lists.of(connectionPoints);
    }
}
