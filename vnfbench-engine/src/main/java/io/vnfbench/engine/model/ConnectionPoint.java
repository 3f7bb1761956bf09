package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** A connection point of a node. */
public record ConnectionPoint(@Key String id, @Nullable @YangName("interface") String iface,
        @Nullable String type, @Nullable String address) {
}
