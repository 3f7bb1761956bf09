package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** One lifecycle workflow of a node (create, configure, start, stop, delete, custom). */
public record Lifecycle(@Key String workflow, @Nullable String name, List<Parameter> parameters,
        List<String> implementation) {
    public Lifecycle {
        parameters = Lists.of(parameters);
        implementation = Lists.of(implementation);
    }

    public Optional<String> parameter(String input) {
        return parameters.stream().filter(p -> p.input().equals(input)).map(Parameter::value).findFirst();
    }
}
