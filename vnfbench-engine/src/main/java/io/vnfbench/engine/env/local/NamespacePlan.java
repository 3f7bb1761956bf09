package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The namespaces data plane of a {@link LocalTopology}, computed before anything is created: a network namespace per
 * node plus one for the traffic generator ({@value #GENERATOR}) and one for the sink ({@value #SINK}); a veth pair per
 * link and per chain attachment (the generator to the switch's {@code c<k>-ingress}, the switch's {@code c<k>-egress}
 * to the sink); in the switch's namespace a Linux bridge per group of cross-connected ports, so every hop through the
 * switch stays in its own L2 segment; an IPv4 subnet per segment; permanent neighbour entries; and routes along each
 * chain so that every NF forwards towards its next hop and back. Pure: {@link NamespaceDeployer} runs it.
 */
public final class NamespacePlan {
    public static final String GENERATOR = "_generator";
    public static final String SINK = "_sink";
    /** The UDP port the built-in prober sends to at every chain's sink (namespaces are private, so it is fixed). */
    public static final int UDP_PORT = 9_000;

    /** A network interface inside one namespace; {@code ip} is null for bridge ports and unaddressed segments. */
    public record Interface(String namespace, @CheckForNull String connectionPoint, String name, String mac, @CheckForNull String ip, int prefix,
                     boolean bridgePort) {
        public String cidr() {
            return ip + "/" + prefix;
        }

        /** The address of an interface that carries one (NF, generator and sink interfaces; not bridge ports). */
        public String address() {
            String a = ip;
            if (a == null) {
                throw new IllegalStateException("interface " + name + " in " + namespace + " has no address");
            }
            return a;
        }
    }

    /** A veth pair: {@code a} is created in its namespace, {@code b} moved into its own. */
    public record Veth(Interface a, Interface b) {
    }

    /** A Linux bridge in a switch's namespace joining the named ports. */
    public record Bridge(String namespace, String name, List<String> ports) {
    }

    /** A route in one namespace. */
    public record Route(String namespace, String prefix, @CheckForNull String via, String dev) {
    }

    /** A permanent neighbour entry in one namespace. */
    public record Neighbour(String namespace, @CheckForNull String ip, String mac, String dev) {
    }

    /** One NF on a chain: where the chain enters it and where it leaves. */
    public record Hop(String node, @CheckForNull Interface in, @CheckForNull Interface out) {
    }

    /** Chain k (1-based): the generator's and the sink's interfaces and the NFs in between, in order. */
    public record ChainPath(int index, Interface generator, Interface sink, List<Hop> hops) {
    }

    private final List<String> namespaces;
    private final Map<String, Map<String, String>> sysctls;
    private final List<Interface> interfaces;
    private final List<Veth> veths;
    private final List<Bridge> bridges;
    private final List<Neighbour> neighbours;
    private final List<Route> routes;
    private final List<ChainPath> chains;

    NamespacePlan(List<String> namespaces, Map<String, Map<String, String>> sysctls, List<Interface> interfaces,
                  List<Veth> veths, List<Bridge> bridges, List<Neighbour> neighbours, List<Route> routes,
                  List<ChainPath> chains) {
        this.namespaces = List.copyOf(namespaces);
        this.sysctls = Map.copyOf(sysctls);
        this.interfaces = List.copyOf(interfaces);
        this.veths = List.copyOf(veths);
        this.bridges = List.copyOf(bridges);
        this.neighbours = List.copyOf(neighbours);
        this.routes = List.copyOf(routes);
        this.chains = List.copyOf(chains);
    }

    /**
     * Plans the data plane.
     *
     * @param disableIpv6 whether to switch IPv6 off in every namespace (so no router solicitation or DAD packet shows
     *     in the interface counters); only where the host has IPv6 at all
     * @throws IllegalArgumentException naming the node when the topology cannot be built this way
     */
    public static NamespacePlan of(LocalTopology topology, boolean disableIpv6) {
        return new NamespacePlanner(topology, disableIpv6).build();
    }

    public List<String> namespaces() {
        return namespaces;
    }

    public Map<String, String> sysctls(String namespace) {
        return sysctls.getOrDefault(namespace, Map.of());
    }

    public List<Interface> interfaces() {
        return interfaces;
    }

    public List<Veth> veths() {
        return veths;
    }

    public List<Bridge> bridges() {
        return bridges;
    }

    public List<Neighbour> neighbours() {
        return neighbours;
    }

    public List<Route> routes() {
        return routes;
    }

    public List<ChainPath> chains() {
        return chains;
    }

    /** The interface of a node's connection point. */
    public Optional<Interface> interfaceOf(String connectionPoint) {
        return interfaces.stream().filter(i -> connectionPoint.equals(i.connectionPoint())).findFirst();
    }

    /**
     * The address a tool reaches for {@code reference}: a connection point ({@code cp} or {@code node:cp}, where
     * {@code isNode} says which prefixes are nodes) or a node other than the traffic ends (its first addressed
     * interface). A switch port resolves to the interface at the other end of its veth.
     */
    public Optional<String> addressOf(String reference, Predicate<String> isNode) {
        String cp = reference;
        int colon = reference.indexOf(':');
        if (colon > 0 && isNode.test(reference.substring(0, colon))) {
            cp = reference.substring(colon + 1);
        }
        Optional<Interface> iface = interfaceOf(cp);
        if (iface.isEmpty() && isNode.test(reference) && !reference.startsWith("_")) {
            iface = interfaces.stream().filter(i -> reference.equals(i.namespace()) && i.ip() != null).findFirst();
        }
        return iface.map(i -> i.bridgePort() ? vethPeer(i).orElse(i) : i).flatMap(i -> Optional.ofNullable(i.ip()));
    }

    /** A namespace's interfaces as the deployments' facts show them: name, address/prefix or "(bridge port)". */
    public String describeInterfaces(String namespace) {
        return interfaces.stream().filter(i -> i.namespace().equals(namespace))
                .map(i -> i.name() + (i.ip() != null ? " " + i.cidr() : i.bridgePort() ? " (bridge port)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The interface at the other end of {@code iface}'s veth. */
    public Optional<Interface> vethPeer(Interface iface) {
        for (Veth veth : veths) {
            if (veth.a().equals(iface)) {
                return Optional.of(veth.b());
            }
            if (veth.b().equals(iface)) {
                return Optional.of(veth.a());
            }
        }
        return Optional.empty();
    }

    /** The interfaces that share {@code iface}'s L2 segment and have an address (its neighbours, not itself). */
    public List<Interface> neighboursOf(Interface iface) {
        List<Interface> found = new ArrayList<>();
        for (Neighbour n : neighbours) {
            String ip = n.ip();
            if (ip != null && n.namespace().equals(iface.namespace()) && n.dev().equals(iface.name())) {
                interfaces.stream().filter(i -> ip.equals(i.ip()) && !i.bridgePort()).findFirst().ifPresent(found::add);
            }
        }
        return found;
    }

    /** Phase 1, per namespace: the veth pairs created from it (the peer end moved into the namespace of {@code pids}). */
    public Map<String, List<String>> linkCommands(Map<String, Long> pids) {
        Map<String, List<String>> batches = new LinkedHashMap<>();
        for (Veth veth : veths) {
            batches.computeIfAbsent(veth.a().namespace(), k -> new ArrayList<>()).add("link add " + veth.a().name()
                    + " address " + veth.a().mac() + " type veth peer name " + veth.b().name() + " address "
                    + veth.b().mac() + " netns " + pids.get(veth.b().namespace()));
        }
        return batches;
    }

    /** Phase 2, per namespace: bridges, interfaces up, addresses, neighbours, routes, in that order. */
    public Map<String, List<String>> configureCommands() {
        Map<String, List<String>> batches = new LinkedHashMap<>();
        for (String ns : namespaces) {
            List<String> lines = new ArrayList<>();
            Map<String, String> bridgeOf = new LinkedHashMap<>();
            for (Bridge bridge : bridges) {
                if (bridge.namespace().equals(ns)) {
                    lines.add("link add " + bridge.name() + " type bridge");
                    lines.add("link set " + bridge.name() + " up");
                    bridge.ports().forEach(p -> bridgeOf.put(p, bridge.name()));
                }
            }
            for (Interface iface : interfaces) {
                if (iface.namespace().equals(ns)) {
                    if (bridgeOf.containsKey(iface.name())) {
                        lines.add("link set " + iface.name() + " master " + bridgeOf.get(iface.name()));
                    }
                    lines.add("link set " + iface.name() + " up");
                }
            }
            for (Interface iface : interfaces) {
                if (iface.namespace().equals(ns) && iface.ip() != null) {
                    lines.add("addr add " + iface.cidr() + " dev " + iface.name());
                }
            }
            for (Neighbour n : neighbours) {
                if (n.namespace().equals(ns)) {
                    lines.add("neigh replace " + n.ip() + " lladdr " + n.mac() + " dev " + n.dev() + " nud permanent");
                }
            }
            for (Route r : routes) {
                if (r.namespace().equals(ns)) {
                    lines.add("route add " + r.prefix() + " via " + r.via() + " dev " + r.dev());
                }
            }
            if (!lines.isEmpty()) {
                batches.put(ns, lines);
            }
        }
        return batches;
    }
}
