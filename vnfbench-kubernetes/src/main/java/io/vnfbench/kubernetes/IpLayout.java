package io.vnfbench.kubernetes;

import io.vnfbench.engine.env.local.NamespacePlan;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The ip data plane of one Test: the engine's plan of namespaces, interfaces, addresses, routes and chains (the same
 * plan the local environment's namespaces data plane builds), and the pod that holds each planned namespace — an NF
 * or switch node's own pod, or the traffic generator's and the sink's.
 *
 * @param plan the namespace plan ({@link NamespacePlan#GENERATOR} and {@link NamespacePlan#SINK} for the traffic ends)
 * @param pods planned namespace → pod name
 */
public record IpLayout(NamespacePlan plan, Map<String, String> pods) {

    public IpLayout {
        Objects.requireNonNull(plan, "plan");
        pods = Map.copyOf(new TreeMap<>(pods));
    }

    /** The pod that holds a planned namespace (a node id, or the generator's or sink's namespace). */
    public String podOf(String namespace) {
        String pod = pods.get(namespace);
        if (pod == null) {
            throw new IllegalArgumentException("no pod holds namespace " + namespace);
        }
        return pod;
    }
}
