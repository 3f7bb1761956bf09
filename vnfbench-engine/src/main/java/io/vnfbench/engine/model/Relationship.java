package io.vnfbench.engine.model;

/** A relationship of a node to another node. */
public record Relationship(@Key String name, String type, String target) {
}
