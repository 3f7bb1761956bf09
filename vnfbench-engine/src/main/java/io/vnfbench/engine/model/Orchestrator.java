package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** How the scenario is deployed: {@code type} selects the execution environment. */
public record Orchestrator(@Nullable String name, @Nullable String type, @Nullable String description,
        List<Parameter> parameters) {
    public Orchestrator {
        parameters = Lists.of(parameters);
    }

    public Optional<String> parameter(String input) {
        return parameters.stream().filter(p -> p.input().equals(input)).map(Parameter::value).findFirst();
    }
}
