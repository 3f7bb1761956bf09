package io.vnfbench.kubernetes;

import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Static addresses on Multus networks: every linked connection point of a one-node SUT pod whose peer is in another
 * pod gets an interface {@code netN} on a NetworkAttachmentDefinition of {@code multus-networks}, with the next
 * address of that network's subnet, and its peers send to that address (never to a cluster DNS name, which would
 * resolve to the primary network). The NADs are copied into the run's namespace (Multus looks a NAD up in the pod's
 * namespace); their IPAM must accept static addresses (docs/kubernetes.md).
 */
final class MultusAddresses {

    /**
     * One network: a NetworkAttachmentDefinition name and the subnet its static addresses come from.
     *
     * @param name the NetworkAttachmentDefinition's name
     * @param base the subnet's first address as an int
     * @param prefix the prefix length
     */
    record Network(String name, int base, int prefix) {
        String address(int host) {
            int a = base + host;
            return (a >>> 24 & 255) + "." + (a >>> 16 & 255) + "." + (a >>> 8 & 255) + "." + (a & 255);
        }

        int capacity() {
            return (1 << (32 - prefix)) - 2;
        }
    }

    /** One attachment: the network, the interface in the pod, and its address with prefix. */
    record Attachment(String network, String iface, String address, int prefix) {
        String annotation() {
            return "{\"name\":\"" + network + "\",\"interface\":\"" + iface + "\",\"ips\":[\"" + address + "/"
                    + prefix + "\"]}";
        }
    }

    private final List<Network> networks;
    private final Map<String, Attachment> byCp = new LinkedHashMap<>();

    MultusAddresses(List<String> spec) {
        List<Network> parsed = new ArrayList<>();
        for (String entry : spec) {
            parsed.add(parse(entry));
        }
        this.networks = List.copyOf(parsed);
    }

    static MultusAddresses none() {
        return new MultusAddresses(List.of());
    }

    boolean enabled() {
        return !networks.isEmpty();
    }

    List<String> networkNames() {
        return networks.stream().map(Network::name).distinct().toList();
    }

    /** Assigns addresses for the wiring's pods; returns connection point → address. */
    Map<String, String> assign(Wiring wiring) {
        Map<String, String> out = new TreeMap<>();
        if (networks.isEmpty()) {
            return out;
        }
        int[] next = new int[networks.size()];
        for (Wiring.PodPlan pod : wiring.pods()) {
            if (pod.nodes().size() != 1) {
                continue; // NFs sharing a pod talk over localhost or memif
            }
            int ifIndex = 0;
            Node node = pod.nodes().get(0);
            for (ConnectionPoint cp : node.connectionPoints()) {
                String other = wiring.peerOf(cp.id()).orElse(null);
                if (other == null || wiring.samePod(cp.id(), other)) {
                    continue;
                }
                int n = ifIndex % networks.size();
                Network net = networks.get(n);
                next[n]++;
                if (next[n] > net.capacity() - 1) {
                    throw new IllegalArgumentException("orchestrator parameter multus-networks: network "
                            + net.name() + " has no address left for connection point " + cp.id()
                            + "; give it a larger subnet");
                }
                String address = net.address(next[n] + 1);
                byCp.put(cp.id(), new Attachment(net.name(), "net" + (++ifIndex), address, net.prefix()));
                out.put(cp.id(), address);
            }
        }
        return out;
    }

    /** The attachments of one node, in connection point order. */
    List<Map.Entry<String, Attachment>> attachments(Node node) {
        List<Map.Entry<String, Attachment>> out = new ArrayList<>();
        for (ConnectionPoint cp : node.connectionPoints()) {
            Attachment a = byCp.get(cp.id());
            if (a != null) {
                out.add(Map.entry(cp.id(), a));
            }
        }
        return out;
    }

    private static Network parse(String entry) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("orchestrator parameter multus-networks: '" + entry + "' is not"
                    + " NAD=CIDR (e.g. sriov-a=192.168.50.0/24): peers are addressed by static addresses from the"
                    + " network's subnet");
        }
        String name = entry.substring(0, eq);
        Names.requireDnsLabel("orchestrator parameter multus-networks", name);
        String cidr = entry.substring(eq + 1);
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        try {
            int prefix = Integer.parseInt(parts[1]);
            if (octets.length != 4 || prefix < 8 || prefix > 30) {
                throw new NumberFormatException();
            }
            int base = 0;
            for (String o : octets) {
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) {
                    throw new NumberFormatException();
                }
                base = base << 8 | v;
            }
            base &= -1 << (32 - prefix);
            return new Network(name, base, prefix);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("orchestrator parameter multus-networks: '" + cidr + "' of network "
                    + name + " is not an IPv4 subnet a.b.c.d/8..30");
        }
    }
}
