package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.plan.ChainLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which node runs in which pod, and the address of every connection point: a UDP port on the pod's DNS name on the
 * cluster network, a static address on a Multus network, or 127.0.0.1 inside a pipeline pod. Chain membership comes
 * from the planner's {@link ChainLayout}, never from node ids.
 */
final class Wiring {

    static final int FIRST_PORT = 10000;
    static final int SINK_PORT = 20000;
    static final String MEMIF_DIR = "/run/vnfbench/memif";
    private static final Set<String> HOST_ROLES = Set.of("agent", "monitor", "manager");

    /**
     * The nodes of one pod.
     *
     * @param podName the pod's object name
     * @param host the pod's host name (its DNS name is {@code <host>.<service>})
     * @param chain the chain the pod's nodes belong to
     * @param pipelineMember whether the nodes are NFs of a pipeline chain
     */
    record PodPlan(String podName, String host, List<Node> nodes, Optional<Integer> chain, boolean pipelineMember) {
        boolean contains(String nodeId) {
            return nodes.stream().anyMatch(n -> n.id().equals(nodeId));
        }

        /** The node id when the pod holds one node, else the pod name (a pipeline chain). */
        String name() {
            return nodes.size() == 1 ? nodes.get(0).id() : podName;
        }
    }

    private final List<PodPlan> pods;
    private final Optional<ChainLayout> layout;
    private final Map<String, String> hostOfCp = new LinkedHashMap<>();
    private final Map<String, String> peer = new LinkedHashMap<>();
    private final Map<String, String> linkOf = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> staticAddress;
    private final String service;
    private final String sink;

    private Wiring(Scenario scenario, Optional<ChainLayout> layout, boolean pipelineInOnePod, String service,
            String podPrefix, String sink, MultusAddresses multus) {
        this.layout = layout;
        this.service = service;
        this.sink = sink;
        Map<String, String> nodeOfCp = new LinkedHashMap<>();
        for (Node n : scenario.nodes()) {
            for (ConnectionPoint cp : n.connectionPoints()) {
                String previous = nodeOfCp.put(cp.id(), n.id());
                if (previous != null) {
                    throw new IllegalArgumentException("connection point " + cp.id() + " belongs to both node "
                            + previous + " and node " + n.id());
                }
            }
        }
        for (Link link : scenario.links()) {
            List<String> cps = link.connectionPoints();
            for (String cp : cps) {
                if (!nodeOfCp.containsKey(cp)) {
                    throw new IllegalArgumentException("link " + link.id() + " names connection point " + cp
                            + ", which no node declares");
                }
            }
            if (cps.size() > 2) {
                throw new IllegalArgumentException("link " + link.id() + " joins " + cps.size()
                        + " connection points; the kubernetes environment wires point-to-point links only"
                        + " (put a switch node in between)");
            }
            if (cps.size() == 2) {
                peer.put(cps.get(0), cps.get(1));
                peer.put(cps.get(1), cps.get(0));
                linkOf.put(cps.get(0), link.id());
                linkOf.put(cps.get(1), link.id());
            }
        }
        this.pods = groupIntoPods(scenario, layout, pipelineInOnePod, podPrefix);
        Map<String, String> hostOfNode = new LinkedHashMap<>();
        for (PodPlan p : pods) {
            int next = FIRST_PORT;
            for (Node n : p.nodes()) {
                hostOfNode.put(n.id(), p.host());
                for (ConnectionPoint cp : n.connectionPoints()) {
                    ports.put(cp.id(), next++);
                }
            }
        }
        nodeOfCp.forEach((cp, node) -> {
            String host = hostOfNode.get(node);
            if (host != null) {
                hostOfCp.put(cp, host);
            }
        });
        this.staticAddress = multus.assign(this);
    }

    /** Pipeline chains share a pod; every other SUT node has a pod of its own; agent and monitor hosts have none. */
    private static List<PodPlan> groupIntoPods(Scenario scenario, Optional<ChainLayout> layout,
            boolean pipelineInOnePod, String podPrefix) {
        boolean pipeline = layout.map(ChainLayout::isPipeline).orElse(false);
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        Map<String, Integer> chainOf = new LinkedHashMap<>();
        for (Node n : scenario.nodes()) {
            if (n.role() != null && HOST_ROLES.contains(n.role())) {
                continue; // their probers and listeners run in pods of their own
            }
            Optional<Integer> chain = layout.flatMap(l -> l.chainOf(n.id())).map(ChainLayout.Chain::index);
            String key = pipeline && pipelineInOnePod && chain.isPresent() ? "c" + chain.get() : n.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            chain.ifPresent(c -> chainOf.put(key, c));
        }
        List<PodPlan> out = new ArrayList<>();
        for (Map.Entry<String, List<Node>> g : groups.entrySet()) {
            Optional<Integer> chain = Optional.ofNullable(chainOf.get(g.getKey()));
            out.add(new PodPlan(Names.dnsLabel(podPrefix + g.getKey(), 63), Names.dnsLabel(g.getKey(), 63),
                    List.copyOf(g.getValue()), chain, pipeline && chain.isPresent()));
        }
        return List.copyOf(out);
    }

    static Wiring of(Scenario scenario, Optional<ChainLayout> layout, boolean pipelineInOnePod, String service,
            String podPrefix, String sink, MultusAddresses multus) {
        return new Wiring(scenario, layout, pipelineInOnePod, service, podPrefix, sink, multus);
    }

    List<PodPlan> pods() {
        return pods;
    }

    String service() {
        return service;
    }

    Optional<ChainLayout> layout() {
        return layout;
    }

    Optional<PodPlan> planOf(String nodeId) {
        return pods.stream().filter(p -> p.contains(nodeId)).findFirst();
    }

    Optional<Integer> port(String cp) {
        return Optional.ofNullable(ports.get(cp));
    }

    Optional<String> linkOf(String cp) {
        return Optional.ofNullable(linkOf.get(cp));
    }

    Optional<String> peerOf(String cp) {
        return Optional.ofNullable(peer.get(cp));
    }

    /** The chain egress connection points of the switch, each with its chain's sink port (20000 + chain index). */
    Map<String, Integer> sinkPorts() {
        Map<String, Integer> out = new TreeMap<>();
        layout.ifPresent(l -> l.chains().forEach(c -> {
            if (ports.containsKey(c.egress())) {
                out.put(c.egress(), SINK_PORT + c.index());
            }
        }));
        return out;
    }

    /** The address a host name or static address takes in a peer address. */
    private String hostAddress(String cp) {
        return staticAddress.getOrDefault(cp, hostOfCp.get(cp) + "." + service);
    }

    boolean samePod(String a, String b) {
        String ha = hostOfCp.get(a);
        return ha != null && ha.equals(hostOfCp.get(b));
    }

    /** Where traffic leaving a connection point goes: its link peer, or the agent's sink for a chain egress. */
    Optional<String> peerAddress(String cp) {
        String other = peer.get(cp);
        if (other != null) {
            return Optional.of((samePod(cp, other) ? "127.0.0.1" : hostAddress(other)) + ":" + ports.get(other));
        }
        Integer sinkPort = sinkPorts().get(cp);
        return sinkPort == null ? Optional.empty() : Optional.of(sink + ":" + sinkPort);
    }

    /** Whether traffic leaving this connection point goes to a Service (the chain sink), not to a pod. */
    boolean toService(String cp) {
        return !peer.containsKey(cp) && sinkPorts().containsKey(cp);
    }

    /** Connection point → host:port of every SUT connection point, as probers address them. */
    Map<String, String> endpoints() {
        Map<String, String> out = new TreeMap<>();
        ports.forEach((cp, port) -> out.put(cp, hostAddress(cp) + ":" + port));
        return out;
    }

    Optional<String> staticAddress(String cp) {
        return Optional.ofNullable(staticAddress.get(cp));
    }

    /** The wiring contract of one SUT container (docs/kubernetes.md, "Wiring contract for NF images"). */
    List<EnvVar> env(Node node, boolean memif) {
        List<String> listen = new ArrayList<>();
        List<String> peers = new ArrayList<>();
        List<String> memifs = new ArrayList<>();
        for (ConnectionPoint cp : node.connectionPoints()) {
            listen.add(cp.id() + "=" + ports.get(cp.id()));
            String other = peer.get(cp.id());
            if (other != null && memif && samePod(cp.id(), other)) {
                String role = cp.id().endsWith("-out") ? "master" : "slave";
                memifs.add(cp.id() + "=" + role + ":" + MEMIF_DIR + "/" + Names.dnsLabel(linkOf.get(cp.id()), 63)
                        + ".sock");
            } else {
                peerAddress(cp.id()).ifPresent(a -> peers.add(cp.id() + "=" + a));
            }
        }
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar("VNFBENCH_NODE_ID", node.id(), null));
        env.add(new EnvVar("VNFBENCH_LISTEN", String.join(" ", listen), null));
        env.add(new EnvVar("VNFBENCH_PEERS", String.join(" ", peers), null));
        if (!memifs.isEmpty()) {
            env.add(new EnvVar("VNFBENCH_MEMIF", String.join(" ", memifs), null));
        }
        node.workflow("configure").flatMap(l -> l.parameter("xconnect"))
                .ifPresent(x -> env.add(new EnvVar("VNFBENCH_XCONNECT", x, null)));
        return env;
    }
}
