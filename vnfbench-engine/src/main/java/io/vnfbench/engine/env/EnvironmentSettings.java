package io.vnfbench.engine.env;

import io.vnfbench.engine.probe.ProbeRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an environment is created with.
 *
 * @param parameters {@code environment.orchestrator.parameters} of the VNF-BR, input → value
 * @param tools the probers and listeners of this run
 */
public record EnvironmentSettings(Map<String, String> parameters, ProbeRegistry tools, Clock clock) {
    public EnvironmentSettings {
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
