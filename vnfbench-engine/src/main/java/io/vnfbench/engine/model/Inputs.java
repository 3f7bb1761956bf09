package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** The inputs of a VNF-BR: variables and the VNF-BD they apply to. */
public record Inputs(List<Variable> variables, @Nullable VnfBd vnfbd, @Extension List<Constraint> constraints) {
    public Inputs {
        variables = Lists.of(variables);
        constraints = Lists.of(constraints);
    }
}
