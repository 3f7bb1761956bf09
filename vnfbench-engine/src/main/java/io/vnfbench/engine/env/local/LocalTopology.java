package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the local environment deploys, reduced from a VNF-BD instance's scenario: SUT nodes with their connection
 * points, point-to-point links between connection points, and what each node runs. Connection-point ids are unique
 * in the scenario (the chain expansion guarantees it; {@link #of} checks it).
 */
public record LocalTopology(List<NodeSpec> nodes, List<LinkSpec> links) {

    /** How a node runs. */
    public enum Kind {
        /** {@code builtin/forwarder}: forwards its {@code -in} connection point to the peer of its {@code -out}. */
        FORWARDER,
        /** {@code builtin/switch}: cross-connects its connection points per {@code xconnect}. */
        SWITCH,
        /** format {@code process}: runs the {@code start} workflow's implementation as an argument array. */
        PROCESS,
        /**
         * {@code builtin/router}: the kernel forwards between its connection points (namespaces data plane); the
         * loopback data plane, which has no kernel path between processes, runs it as a forwarder.
         */
        ROUTER
    }

    /**
     * One node. {@code command} is the start implementation for PROCESS nodes (placeholders unresolved),
     * {@code xconnect} the switch's table; {@code parameters} the start/configure workflow parameters.
     */
    public record NodeSpec(String id, Kind kind, List<String> connectionPoints, List<String> command, @CheckForNull String xconnect,
                           Map<String, String> parameters, Resources resources) {
        public NodeSpec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            connectionPoints = List.copyOf(connectionPoints);
            command = List.copyOf(command);
            parameters = Map.copyOf(parameters);
            resources = resources == null ? Resources.NONE : resources;
        }
    }

    /** Resource requests of a node as the VNF-BD states them; nulls are absent leaves. */
    public record Resources(@CheckForNull Long vcpus, @CheckForNull String pinning, @CheckForNull String cpuBw, @CheckForNull Long memorySize, @CheckForNull String memoryUnit,
                            @CheckForNull Long storageSize, @CheckForNull String storageUnit) {
        public static final Resources NONE = new Resources(null, null, null, null, null, null, null);
    }

    /** A point-to-point link between two connection points. */
    public record LinkSpec(String id, String a, String b) {
    }

    public LocalTopology {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** Builds and checks: unique node ids and connection points, links between known points, at most one link per point. */
    public static LocalTopology of(List<NodeSpec> nodes, List<LinkSpec> links) {
        Map<String, String> owner = new HashMap<>();
        Map<String, NodeSpec> byId = new LinkedHashMap<>();
        for (NodeSpec node : nodes) {
            if (byId.put(node.id(), node) != null) {
                throw new IllegalArgumentException("node id '" + node.id() + "' appears twice in the scenario");
            }
            for (String cp : node.connectionPoints()) {
                String previous = owner.put(cp, node.id());
                if (previous != null) {
                    throw new IllegalArgumentException("connection point '" + cp + "' belongs to nodes '" + previous
                            + "' and '" + node.id() + "'; the local environment needs unique connection-point ids");
                }
            }
        }
        Map<String, String> linked = new HashMap<>();
        for (LinkSpec link : links) {
            for (String cp : List.of(link.a(), link.b())) {
                if (!owner.containsKey(cp)) {
                    throw new IllegalArgumentException("link '" + link.id() + "' names connection point '" + cp
                            + "', which no node has");
                }
                String previous = linked.put(cp, link.id());
                if (previous != null) {
                    throw new IllegalArgumentException("connection point '" + cp + "' is on links '" + previous
                            + "' and '" + link.id() + "'; local links are point to point");
                }
            }
        }
        return new LocalTopology(nodes, links);
    }

    /** The connection point at the other end of {@code cp}'s link. */
    public Optional<String> peer(String cp) {
        for (LinkSpec link : links) {
            if (link.a().equals(cp)) {
                return Optional.of(link.b());
            }
            if (link.b().equals(cp)) {
                return Optional.of(link.a());
            }
        }
        return Optional.empty();
    }

    /**
     * The chains' attachment points, in chain order: switch connection points {@code c<k>-ingress} and
     * {@code c<k>-egress} (the chain expansion's names) that have no link, where the traffic generator attaches.
     */
    public List<String[]> attachmentPairs() {
        List<String[]> pairs = new ArrayList<>();
        for (NodeSpec node : nodes) {
            for (int k = 1; ; k++) {
                String in = "c" + k + "-ingress";
                String out = "c" + k + "-egress";
                if (!node.connectionPoints().contains(in) || !node.connectionPoints().contains(out)) {
                    break;
                }
                pairs.add(new String[] {in, out});
            }
        }
        return pairs;
    }
}
