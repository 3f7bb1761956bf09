package io.vnfbench.engine.model;

/** One variable's value in one output (instance) of a VNF-BR. */
public record VariableValue(@Key String name, String value) {
}
