package io.vnfbench.engine.model;

/** The VNF under test, as named in a VNF-BR header. */
public record Vnf(String id, String name, String version, String author, String description) {
}
