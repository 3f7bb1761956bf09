package io.vnfbench.engine.model;

/** Storage resources of a node. */
public record Storage(Long size, String unit, String volumes) {
}
