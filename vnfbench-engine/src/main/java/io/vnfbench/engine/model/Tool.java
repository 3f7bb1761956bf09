package io.vnfbench.engine.model;

import java.util.List;
import java.util.Optional;

/** A prober (of an agent) or a listener (of a monitor). */
public record Tool(@Key Long id, Long instances, String name, List<Parameter> parameters, Sched sched) {
    public Tool {
        parameters = Lists.of(parameters);
    }

    public Optional<String> parameter(String input) {
        return parameters.stream().filter(p -> p.input().equals(input)).map(Parameter::value).findFirst();
    }
}
