package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** A relationship of a node to another node. */
public record Relationship(@Key String name, @Nullable String type, @Nullable String target) {
}
