package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** One variable's value in one output (instance) of a VNF-BR. */
public record VariableValue(@Key String name, @Nullable String value) {
}
