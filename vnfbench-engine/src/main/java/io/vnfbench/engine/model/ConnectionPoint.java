package io.vnfbench.engine.model;

/** A connection point of a node. */
public record ConnectionPoint(@Key String id, @YangName("interface") String iface, String type, String address) {
}
