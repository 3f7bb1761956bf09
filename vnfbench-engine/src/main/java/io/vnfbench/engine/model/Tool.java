package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** A prober (of an agent) or a listener (of a monitor). */
public record Tool(@Key Long id, @Nullable Long instances, @Nullable String name, List<Parameter> parameters,
        @Nullable Sched sched) {
    public Tool {
        parameters = Lists.of(parameters);
    }

    public Optional<String> parameter(String input) {
        return parameters.stream().filter(p -> p.input().equals(input)).map(Parameter::value).findFirst();
    }
}
