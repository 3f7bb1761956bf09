package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/** One instance of a VNF-BR: the variable values, the VNF-BD they produced and its VNF-PP. */
public record Output(@Key String id, List<VariableValue> variables, @Nullable VnfBd vnfbd,
        @Nullable VnfPp vnfpp) {
    public Output {
        variables = Lists.of(variables);
    }
}
