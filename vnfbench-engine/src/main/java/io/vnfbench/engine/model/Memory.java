package io.vnfbench.engine.model;

/** Memory resources of a node. */
public record Memory(Long size, String unit) {
}
