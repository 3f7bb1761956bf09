package io.vnfbench.kubernetes.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.env.netns.NetnsException;
import io.vnfbench.engine.env.netns.NetnsTopology;
import io.vnfbench.engine.env.netns.NetworkNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Multus and the reference {@code bridge} CNI plugin do on a node, for the pods of a {@link PodmanCluster}: a
 * pod's {@code k8s.v1.cni.cncf.io/networks} annotation names NetworkAttachmentDefinitions of its namespace; for each,
 * the pod gets a veth interface (the annotation's {@code interface}, {@code mac} and {@code ips}) whose other end is a
 * port of the NAD's bridge. The bridges live in a network namespace of the cluster's own (the node's secondary
 * networks), so nothing is added to the host's namespace and two clusters never share a bridge. Only the {@code bridge}
 * plugin type is run (with {@code static} IPAM or none); any other type fails the pod's sandbox, naming the type.
 */
final class SecondaryNetworks implements AutoCloseable {

    /** The annotation Multus reads a pod's extra networks from. */
    static final String ANNOTATION = "k8s.v1.cni.cncf.io/networks";
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** One attachment a pod asks for. */
    record Attachment(String namespace, String network, String iface, List<String> ips, @CheckForNull String mac) {
    }

    private final Map<String, Map<String, Object>> configs = new ConcurrentHashMap<>();
    private final Set<String> bridges = new HashSet<>();
    private final AtomicInteger ports = new AtomicInteger();
    @CheckForNull
    private NetnsTopology topology;
    @CheckForNull
    private NetworkNamespace node;

    /** Adds or replaces a NetworkAttachmentDefinition (its {@code spec.config} is the CNI configuration JSON). */
    void apply(GenericKubernetesResource nad) {
        Object spec = nad.getAdditionalProperties().get("spec");
        Object config = spec instanceof Map<?, ?> m ? m.get("config") : null;
        Map<String, Object> parsed = new LinkedHashMap<>();
        if (config instanceof String s && !s.isBlank()) {
            Map<?, ?> json = Serialization.unmarshal(s, Map.class);
            json.forEach((k, v) -> parsed.put(String.valueOf(k), v));
        }
        configs.put(key(nad.getMetadata().getNamespace(), nad.getMetadata().getName()), parsed);
    }

    void remove(String namespace, String name) {
        configs.remove(key(namespace, name));
    }

    /** The attachments a pod's annotation asks for (JSON list, or the short form {@code net-a,ns/net-b@eth1}). */
    static List<Attachment> requested(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(ANNOTATION);
        List<Attachment> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        String ns = pod.getMetadata().getNamespace();
        int n = 0;
        if (value.strip().startsWith("[")) {
            for (Object o : Serialization.unmarshal(value, List.class)) {
                Map<?, ?> m = (Map<?, ?>) o;
                n++;
                List<String> ips = new ArrayList<>();
                if (m.get("ips") instanceof List<?> l) {
                    l.forEach(ip -> ips.add(String.valueOf(ip)));
                }
                out.add(new Attachment(m.get("namespace") == null ? ns : String.valueOf(m.get("namespace")),
                        String.valueOf(m.get("name")), m.get("interface") == null ? "net" + n
                                : String.valueOf(m.get("interface")), ips,
                        m.get("mac") == null ? null : String.valueOf(m.get("mac"))));
            }
            return out;
        }
        for (String entry : value.split(",")) {
            String e = entry.strip();
            n++;
            String iface = "net" + n;
            if (e.contains("@")) {
                iface = e.substring(e.indexOf('@') + 1);
                e = e.substring(0, e.indexOf('@'));
            }
            String namespace = e.contains("/") ? e.substring(0, e.indexOf('/')) : ns;
            out.add(new Attachment(namespace, e.substring(e.indexOf('/') + 1), iface, List.of(), null));
        }
        return out;
    }

    /**
     * Attaches a pod's requested networks to its network namespace (the process {@code pid} holds it), as the CNI ADD
     * of each would: empty when done, else the one-line reason the sandbox cannot be created.
     */
    synchronized Optional<String> attach(Pod pod, long pid) {
        List<Attachment> wanted;
        try {
            wanted = requested(pod);
        } catch (RuntimeException e) {
            return Optional.of("Multus: annotation " + ANNOTATION + " is not a network selection: " + e.getMessage());
        }
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        long nodePid;
        try {
            nodePid = nodePid();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        List<String> podLines = new ArrayList<>();
        List<String> nodeLines = new ArrayList<>();
        Set<String> newBridges = new HashSet<>();
        for (Attachment a : wanted) {
            Map<String, Object> config = configs.get(key(a.namespace(), a.network()));
            if (config == null) {
                return Optional.of("Multus: cannot find a network-attachment-definition (" + a.network()
                        + ") in namespace (" + a.namespace() + ")");
            }
            String type = String.valueOf(config.get("type"));
            if (!"bridge".equals(type)) {
                return Optional.of("network " + a.network() + ": CNI plugin type '" + type + "' is not run by this"
                        + " pod runtime (it runs type bridge, with static IPAM or none)");
            }
            String bridge = config.get("bridge") == null ? "cni0" : String.valueOf(config.get("bridge"));
            if (!a.iface().matches("[A-Za-z0-9_.-]{1,15}") || a.iface().equals("eth0") || a.iface().equals("lo")) {
                return Optional.of("network " + a.network() + ": interface name '" + a.iface() + "' cannot be"
                        + " created in the pod (1-15 of [A-Za-z0-9_.-], not eth0 or lo)");
            }
            String port = "vp" + ports.incrementAndGet();
            if (!bridges.contains(bridge) && newBridges.add(bridge)) {
                nodeLines.add("link add " + bridge + " type bridge");
                nodeLines.add("link set " + bridge + " up");
            }
            podLines.add("link add " + a.iface() + (a.mac() == null ? "" : " address " + a.mac()) + " type veth peer"
                    + " name " + port + " netns " + nodePid);
            a.ips().forEach(ip -> podLines.add("addr add " + ip + " dev " + a.iface()));
            podLines.add("link set " + a.iface() + " up");
            nodeLines.add("link set " + port + " master " + bridge + " up");
        }
        NetnsTopology t = topology;
        NetworkNamespace n = node;
        if (t == null || n == null) {
            return Optional.of("the namespace of the secondary networks is gone");
        }
        try {
            NetworkNamespace podNs = new NetworkNamespace(pod.getMetadata().getName(), pid,
                    Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString(),
                    List.of(t.tools().nsenter().toString(), "-t", Long.toString(pid), "-n", "--"));
            t.ip(Map.of(podNs, podLines));
            t.ip(Map.of(n, nodeLines));
            bridges.addAll(newBridges);
            return Optional.empty();
        } catch (NetnsException | java.io.IOException e) {
            return Optional.of("the bridge plugin failed: " + e.getMessage());
        }
    }

    /** The node namespace's holder, started on the first attachment. */
    private long nodePid() {
        NetworkNamespace current = node;
        if (current == null) {
            try {
                NetnsTopology opened = NetnsTopology.open(NamespaceSupport.probe(NamespaceSupport.Isolation.HOST),
                        BOUND);
                topology = opened;
                current = opened.create(List.of(new NetnsTopology.Spec("secondary-networks", Map.of()))).get(0);
                node = current;
            } catch (NetnsException e) {
                throw new IllegalStateException("cannot create the namespace of the secondary networks: "
                        + e.getMessage(), e);
            }
        }
        return current.pid();
    }

    /** Ends the node namespace: every bridge and every port left in it go with it. */
    @Override
    public synchronized void close() {
        NetnsTopology t = topology;
        if (t != null) {
            t.close();
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }
}
