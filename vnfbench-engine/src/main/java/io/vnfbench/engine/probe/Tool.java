package io.vnfbench.engine.probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What probers and listeners have in common: a stable name (the VNF-BD's {@code name}), the parameters
 * they accept, and one run producing a {@link ProbeResult}.
 *
 * <p>Implementations are stateless and thread-safe: the Manager runs several copies at once
 * ({@code instances}). They are found by {@link ProbeRegistry} through {@link java.util.ServiceLoader}
 * as {@link Prober} or {@link Listener} services, so they need a public no-argument constructor.
 */
public interface Tool {

    /** Stable name used in VNF-BDs, e.g. {@code udp}, {@code iperf3}, {@code ping}, {@code host}. */
    String name();

    ToolKind kind();

    /** Every parameter the tool accepts; anything else is an error before the run (Gym silently drops such tools). */
    List<ParameterSpec> parameters();

    /** The tool's version, or empty when it cannot be told (e.g. an external tool not installed). */
    default Optional<String> version() {
        return Optional.empty();
    }

    /**
     * Checks the VNF-BD's parameters before anything runs: unknown names, missing required ones, and, when a
     * tool overrides this, values it cannot use. Problems are full sentences naming the parameter.
     */
    default List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (ParameterSpec spec : parameters()) {
            known.add(spec.name());
            if (spec.required() && !given.containsKey(spec.name())) {
                problems.add(kind().yangName() + " '" + name() + "' needs parameter '" + spec.name() + "' ("
                        + spec.description() + ")");
            }
        }
        for (String name : new TreeSet<>(given.keySet())) {
            if (!known.contains(name)) {
                problems.add(kind().yangName() + " '" + name() + "' has no parameter '" + name + "'; it accepts "
                        + new TreeSet<>(known));
            }
        }
        return problems;
    }

    /** The given parameters with the declared defaults filled in. */
    default Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> effective = new HashMap<>(given);
        for (ParameterSpec spec : parameters()) {
            if (spec.defaultValue() != null) {
                effective.putIfAbsent(spec.name(), spec.defaultValue());
            }
        }
        return effective;
    }

    /**
     * Runs the tool once. Returns within {@code context.bound()} and promptly after {@code context.token()} is
     * cancelled; stops every process it started. A failure to measure (tool missing, non-zero exit, output
     * that does not parse, timeout) is a result with {@code error}, not an exception.
     *
     * @throws InterruptedException when the thread is interrupted; the Manager records it as an error
     */
    ProbeResult run(ToolContext context) throws InterruptedException;
}
