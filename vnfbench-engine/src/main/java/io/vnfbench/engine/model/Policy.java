package io.vnfbench.engine.model;

/** A placement or other policy of a scenario. */
public record Policy(@Key String name, String type, String targets, String action) {
}
