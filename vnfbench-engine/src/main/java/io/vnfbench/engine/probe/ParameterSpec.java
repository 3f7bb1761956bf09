package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter a prober or listener accepts ({@code parameters[input=...]} in the VNF-BD).
 *
 * @param name the {@code input} name, as Gym spells it where Gym has the tool
 * @param required whether the VNF-BD must give it
 * @param defaultValue applied when absent; null when there is none
 * @param description one line for `vnfbench` help and error messages
 */
public record ParameterSpec(String name, boolean required, @CheckForNull String defaultValue, String description) {
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("required parameter '" + name + "' cannot have a default");
        }
        description = Objects.requireNonNullElse(description, "");
    }

    public static ParameterSpec required(String name, String description) {
        return new ParameterSpec(name, true, null, description);
    }

    public static ParameterSpec optional(String name, String defaultValue, String description) {
        return new ParameterSpec(name, false, defaultValue, description);
    }

    public Optional<String> defaultValueIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
