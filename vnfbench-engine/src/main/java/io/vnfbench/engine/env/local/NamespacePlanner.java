package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.vnfbench.engine.env.local.NamespacePlan.Bridge;
import io.vnfbench.engine.env.local.NamespacePlan.ChainPath;
import io.vnfbench.engine.env.local.NamespacePlan.Hop;
import io.vnfbench.engine.env.local.NamespacePlan.Interface;
import io.vnfbench.engine.env.local.NamespacePlan.Neighbour;
import io.vnfbench.engine.env.local.NamespacePlan.Route;
import io.vnfbench.engine.env.local.NamespacePlan.Veth;

/**
 * Computes a {@link NamespacePlan}: names and MACs of the interfaces, L2 segments (veth links and the switch's
 * cross-connects), the walk along each chain from the generator to the sink, an address block per segment, neighbour
 * entries and routes. Errors name the node or chain that cannot be built.
 */
final class NamespacePlanner {
    private static final Pattern IFNAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    /** A connection point (or a generator/sink interface) while the plan is being built. */
    private static final class Port {
        final String namespace;
        @CheckForNull
        final String connectionPoint;
        final String name;
        final String mac;
        final boolean bridgePort;
        @CheckForNull
        String ip;
        int prefix;

        Port(String namespace, @CheckForNull String connectionPoint, String name, int index, boolean bridgePort) {
            this.namespace = namespace;
            this.connectionPoint = connectionPoint;
            this.name = name;
            this.mac = String.format("02:76:6e:%02x:%02x:%02x", (index >> 16) & 0xff, (index >> 8) & 0xff, index & 0xff);
            this.bridgePort = bridgePort;
        }

        Interface freeze() {
            return new Interface(namespace, connectionPoint, name, mac, ip, prefix, bridgePort);
        }

        String describe() {
            return connectionPoint != null ? "node " + namespace + " connection point " + connectionPoint
                    : (namespace.equals(NamespacePlan.GENERATOR) ? "the generator" : "the sink") + "'s interface " + name;
        }
    }

    private final LocalTopology topology;
    private final boolean disableIpv6;
    private final List<String> namespaces = new ArrayList<>();
    private final Map<String, Map<String, String>> sysctls = new LinkedHashMap<>();
    private final List<Port> ports = new ArrayList<>();
    private final Map<String, Port> byPoint = new LinkedHashMap<>();
    private final List<Port[]> veths = new ArrayList<>();
    private final List<Bridge> bridges = new ArrayList<>();
    private final List<Neighbour> neighbours = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<ChainPath> chains = new ArrayList<>();
    private final Map<Port, Port> parent = new LinkedHashMap<>();
    private int nextSubnet;

    NamespacePlanner(LocalTopology topology, boolean disableIpv6) {
        this.topology = topology;
        this.disableIpv6 = disableIpv6;
    }

    NamespacePlan build() {
        for (LocalTopology.NodeSpec node : topology.nodes()) {
            namespaces.add(node.id());
            sysctls.put(node.id(), sysctls(forwarding(node)));
            Set<String> names = new HashSet<>();
            for (int i = 0; i < node.connectionPoints().size(); i++) {
                String cp = node.connectionPoints().get(i);
                String name = IFNAME.matcher(cp).matches() && !cp.equals("lo") && names.add(cp) ? cp : "if" + i;
                names.add(name);
                Port port = port(node.id(), cp, name, node.kind() == LocalTopology.Kind.SWITCH);
                byPoint.put(cp, port);
            }
        }
        namespaces.add(NamespacePlan.GENERATOR);
        namespaces.add(NamespacePlan.SINK);
        sysctls.put(NamespacePlan.GENERATOR, sysctls("0"));
        sysctls.put(NamespacePlan.SINK, sysctls("0"));
        for (LocalTopology.LinkSpec link : topology.links()) {
            veth(byPoint.get(link.a()), byPoint.get(link.b()));
        }
        List<Port[]> attachments = new ArrayList<>();
        List<String[]> pairs = topology.attachmentPairs();
        for (int k = 1; k <= pairs.size(); k++) {
            String[] pair = pairs.get(k - 1);
            for (String cp : pair) {
                if (topology.peer(cp).isPresent()) {
                    throw new IllegalArgumentException("switch connection point '" + cp + "' is where chain c" + k
                            + " attaches to the generator or sink, so it must have no link");
                }
            }
            Port generator = port(NamespacePlan.GENERATOR, null, "c" + k + "-tx", false);
            Port sink = port(NamespacePlan.SINK, null, "c" + k + "-rx", false);
            veth(generator, byPoint.get(pair[0]));
            veth(byPoint.get(pair[1]), sink);
            attachments.add(new Port[] {generator, sink});
        }
        bridges();
        for (int k = 1; k <= attachments.size(); k++) {
            chain(k, attachments.get(k - 1)[0], attachments.get(k - 1)[1]);
        }
        addressRemainingSegments();
        return new NamespacePlan(namespaces, sysctls, ports.stream().map(Port::freeze).toList(),
                veths.stream().map(v -> new Veth(v[0].freeze(), v[1].freeze())).toList(), bridges, neighbours, routes,
                chains);
    }

    private static String forwarding(LocalTopology.NodeSpec node) {
        return switch (node.kind()) {
            case ROUTER -> "1";
            case SWITCH -> "0";
            case PROCESS -> {
                String value = node.parameters().getOrDefault("ip_forward", "0").strip();
                if (!value.equals("0") && !value.equals("1")) {
                    throw new IllegalArgumentException("node " + node.id() + ": parameter ip_forward must be 0 or 1, "
                            + "got '" + value + "'");
                }
                yield value;
            }
            case FORWARDER -> throw new IllegalArgumentException("node " + node.id() + ": "
                    + ScenarioMapper.FORWARDER_IMAGE + " is the loopback data plane's UDP relay; in the namespaces "
                    + "data plane use " + ScenarioMapper.ROUTER_IMAGE + " or a format process NF (or orchestrator "
                    + "parameter data_plane: loopback)");
        };
    }

    private Map<String, String> sysctls(String forward) {
        Map<String, String> values = new LinkedHashMap<>();
        if (disableIpv6) {
            values.put("net.ipv6.conf.all.disable_ipv6", "1");
            values.put("net.ipv6.conf.default.disable_ipv6", "1");
        }
        values.put("net.ipv4.ip_forward", forward);
        return values;
    }

    private Port port(String namespace, @CheckForNull String cp, String name, boolean bridgePort) {
        Port port = new Port(namespace, cp, name, ports.size() + 1, bridgePort);
        ports.add(port);
        parent.put(port, port);
        return port;
    }

    private void veth(Port a, Port b) {
        veths.add(new Port[] {a, b});
        union(a, b);
    }

    private Port find(Port p) {
        Port root = p;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(p, root);
        return root;
    }

    private void union(Port a, Port b) {
        parent.put(find(a), find(b));
    }

    /** One bridge per group of switch ports that the xconnect table joins. */
    private void bridges() {
        for (LocalTopology.NodeSpec node : topology.nodes()) {
            if (node.kind() != LocalTopology.Kind.SWITCH) {
                continue;
            }
            String xconnect = node.xconnect();
            if (xconnect == null || xconnect.isBlank()) {
                throw new IllegalArgumentException("node " + node.id() + ": a builtin/switch needs the configure "
                        + "workflow parameter 'xconnect' (space-separated from>to pairs of its connection points)");
            }
            Map<String, String> pairs;
            try {
                pairs = CrossConnect.parse(xconnect);
                CrossConnect.check(pairs, node.connectionPoints(), node.connectionPoints());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("node " + node.id() + ": " + e.getMessage(), e);
            }
            Map<String, Set<String>> groups = new LinkedHashMap<>();
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                Set<String> a = groups.getOrDefault(pair.getKey(), new LinkedHashSet<>(List.of(pair.getKey())));
                Set<String> b = groups.getOrDefault(pair.getValue(), new LinkedHashSet<>(List.of(pair.getValue())));
                a.addAll(b);
                a.forEach(cp -> groups.put(cp, a));
                union(byPoint.get(pair.getKey()), byPoint.get(pair.getValue()));
            }
            Set<Set<String>> seen = new LinkedHashSet<>(groups.values());
            int n = 0;
            for (Set<String> group : seen) {
                n++;
                bridges.add(new Bridge(node.id(), "xc" + n, group.stream().map(cp -> byPoint.get(cp).name).toList()));
            }
        }
    }

    /** The addressed ports of {@code p}'s segment other than {@code p}. */
    private List<Port> others(Port p) {
        Port root = find(p);
        return ports.stream().filter(q -> q != p && !q.bridgePort && find(q) == root).toList();
    }

    private void chain(int k, Port generator, Port sink) {
        List<Hop> hops = new ArrayList<>();
        List<Port[]> segments = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Port current = generator;
        while (true) {
            List<Port> others = others(current);
            if (others.size() != 1) {
                throw new IllegalArgumentException("chain c" + k + ": the link from " + current.describe()
                        + (others.isEmpty() ? " reaches no other node" : " reaches " + others.size() + " nodes ("
                        + others.stream().map(Port::describe).toList() + "); the namespaces data plane needs "
                        + "point-to-point hops"));
            }
            Port next = others.get(0);
            segments.add(new Port[] {current, next});
            if (next == sink) {
                break;
            }
            if (next.namespace.equals(NamespacePlan.GENERATOR) || next.namespace.equals(NamespacePlan.SINK)) {
                throw new IllegalArgumentException("chain c" + k + " leads to " + next.describe()
                        + ", which belongs to another chain");
            }
            if (!visited.add(next.namespace)) {
                throw new IllegalArgumentException("chain c" + k + " passes node " + next.namespace + " twice");
            }
            LocalTopology.NodeSpec node = topology.nodes().stream().filter(n -> n.id().equals(next.namespace))
                    .findFirst().orElseThrow();
            if (node.connectionPoints().size() != 2) {
                throw new IllegalArgumentException("node " + node.id() + " has " + node.connectionPoints().size()
                        + " connection points; the namespaces data plane routes a chain through nodes with two (in "
                        + "and out)");
            }
            String outCp = node.connectionPoints().get(0).equals(next.connectionPoint)
                    ? node.connectionPoints().get(1) : node.connectionPoints().get(0);
            Port out = byPoint.get(outCp);
            hops.add(new Hop(node.id(), null, null));
            current = out;
        }
        for (Port[] segment : segments) {
            address(List.of(segment[0], segment[1]));
        }
        // h_0 = generator, h_1..h_N = NFs, h_N+1 = sink; segment j joins h_j's out and h_j+1's in.
        int last = segments.size();
        for (int i = 0; i <= last; i++) {
            Port in = i == 0 ? null : segments.get(i - 1)[1];
            Port out = i == last ? null : segments.get(i)[0];
            String namespace = in != null ? in.namespace : out.namespace;
            for (int j = i + 1; j < last && out != null; j++) {
                routes.add(new Route(namespace, subnet(segments.get(j)[0]), segments.get(i)[1].ip, out.name));
            }
            for (int j = 0; j <= i - 2 && in != null; j++) {
                routes.add(new Route(namespace, subnet(segments.get(j)[0]), segments.get(i - 1)[0].ip, in.name));
            }
        }
        List<Hop> resolved = new ArrayList<>();
        for (int i = 1; i < last; i++) {
            resolved.add(new Hop(hops.get(i - 1).node(), segments.get(i - 1)[1].freeze(), segments.get(i)[0].freeze()));
        }
        chains.add(new ChainPath(k, generator.freeze(), sink.freeze(), resolved));
    }

    private void addressRemainingSegments() {
        Set<Port> done = new HashSet<>();
        for (Port port : ports) {
            Port root = find(port);
            if (port.bridgePort || port.ip != null || !done.add(root)) {
                continue;
            }
            List<Port> members = new ArrayList<>();
            members.add(port);
            members.addAll(others(port));
            if (members.size() >= 2) {
                address(members);
            }
        }
    }

    /** Gives the segment's ports consecutive addresses in a fresh, aligned block; adds neighbour entries. */
    private void address(List<Port> members) {
        if (members.get(0).ip != null) {
            return;
        }
        int hostBits = 2;
        while ((1 << hostBits) - 2 < members.size()) {
            hostBits++;
        }
        int size = 1 << hostBits;
        nextSubnet = (nextSubnet + size - 1) / size * size;
        if (nextSubnet + size > (1 << 24)) {
            throw new IllegalArgumentException("the topology needs more addresses than 10.0.0.0/8 holds");
        }
        int base = (10 << 24) | nextSubnet;
        nextSubnet += size;
        for (int i = 0; i < members.size(); i++) {
            members.get(i).ip = dotted(base + i + 1);
            members.get(i).prefix = 32 - hostBits;
        }
        for (Port p : members) {
            for (Port q : members) {
                if (p != q) {
                    neighbours.add(new Neighbour(p.namespace, q.ip, q.mac, p.name));
                }
            }
        }
    }

    private static String subnet(Port member) {
        String[] octets = Objects.requireNonNull(member.ip, "an addressed segment's port").split("\\.");
        int address = 0;
        for (String octet : octets) {
            address = (address << 8) | Integer.parseInt(octet);
        }
        int mask = member.prefix == 0 ? 0 : -1 << (32 - member.prefix);
        return dotted(address & mask) + "/" + member.prefix;
    }

    private static String dotted(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }
}
