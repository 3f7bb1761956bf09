package io.vnfbench.engine.model;

import java.util.List;
import java.util.Optional;

/** How the scenario is deployed: {@code type} selects the execution environment. */
public record Orchestrator(String name, String type, String description, List<Parameter> parameters) {
    public Orchestrator {
        parameters = Lists.of(parameters);
    }

    public Optional<String> parameter(String input) {
        return parameters.stream().filter(p -> p.input().equals(input)).map(Parameter::value).findFirst();
    }
}
