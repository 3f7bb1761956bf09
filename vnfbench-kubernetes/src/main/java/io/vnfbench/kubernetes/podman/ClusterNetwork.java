package io.vnfbench.kubernetes.podman;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The cluster network of a {@link PodmanCluster}: a podman bridge network with a /24 of its own (each pod its own
 * address, assigned here as an IPAM would), a second /24 of Service addresses that the host rewrites to a ready
 * endpoint (stateless nftables NAT in the raw prerouting hook, as kube-proxy's DNAT, without conntrack state that
 * would outlive an endpoint), and a hosts file per namespace mounted as every container's {@code /etc/hosts}: the
 * records cluster DNS serves ({@code <host>.<subdomain>.<ns>.svc.<domain>} for pods behind a headless Service,
 * {@code <svc>.<ns>.svc.<domain>} for Services, with the short forms the search path resolves).
 */
final class ClusterNetwork implements AutoCloseable {

    private static final Duration BOUND = Duration.ofSeconds(60);

    /** What the network needs to know of a pod. */
    record PodView(String namespace, String name, Map<String, String> labels, String ip, String hostname,
            String subdomain, boolean ready, Map<String, Integer> ports) {
    }

    private final Podman podman;
    private final Podman nft;
    private final String name;
    private final String table;
    private final int podBase;
    private final int serviceBase;
    private final Path dir;
    private final String domain;
    private final Map<String, Service> services = new TreeMap<>();
    private final Map<String, Integer> vips = new HashMap<>();
    private final Set<Integer> usedIps = new java.util.HashSet<>();
    private String lastRules = "";
    private final Map<String, String> lastHosts = new HashMap<>();

    private ClusterNetwork(Podman podman, Podman nft, String name, int podBase, Path dir, String domain) {
        this.podman = podman;
        this.nft = nft;
        this.name = name;
        this.table = name.replace('-', '_');
        this.podBase = podBase;
        this.serviceBase = podBase + 256;
        this.dir = dir;
        this.domain = domain;
    }

    /** Creates the bridge network on a free subnet (10.200-239.even.0/24) and the NAT table. */
    static ClusterNetwork create(Podman podman, Podman nft, String name, Path dir, String domain) {
        String last = "";
        for (int attempt = 0; attempt < 12; attempt++) {
            int second = 200 + ThreadLocalRandom.current().nextInt(40);
            int third = ThreadLocalRandom.current().nextInt(128) * 2;
            int base = 10 << 24 | second << 16 | third << 8;
            String subnet = "10." + second + "." + third + ".0/24";
            Podman.Result r = podman.run(BOUND, "network", "create", "--disable-dns", "--subnet", subnet,
                    "--gateway", "10." + second + "." + third + ".1", "--label", PodmanCluster.LABEL + "=" + name,
                    name);
            if (r.ok()) {
                ClusterNetwork net = new ClusterNetwork(podman, nft, name, base, dir, domain);
                net.applyRules("");
                return net;
            }
            last = r.firstLine();
        }
        throw new IllegalStateException("cannot create podman network " + name + " on a free 10.x subnet: " + last);
    }

    String name() {
        return name;
    }

    String subnet() {
        return address(podBase) + "/24";
    }

    /** The next free pod address (.2 to .254). */
    synchronized String allocate() {
        for (int host = 2; host < 255; host++) {
            if (usedIps.add(host)) {
                return address(podBase + host);
            }
        }
        throw new IllegalStateException("network " + name + " has no pod address left (253 pods)");
    }

    synchronized void release(String ip) {
        usedIps.remove(Integer.parseInt(ip.substring(ip.lastIndexOf('.') + 1)));
    }

    /** Adds or replaces a Service; a ClusterIP Service gets (or keeps) an address of the service range. */
    synchronized Service apply(Service service) {
        String key = key(service.getMetadata().getNamespace(), service.getMetadata().getName());
        boolean headless = "None".equals(service.getSpec().getClusterIP());
        if (!headless && !vips.containsKey(key)) {
            int host = 1;
            while (vips.containsValue(host)) {
                host++;
            }
            if (host > 254) {
                throw new IllegalStateException("network " + name + " has no service address left");
            }
            vips.put(key, host);
        }
        services.put(key, service);
        return service;
    }

    synchronized Optional<String> clusterIp(String namespace, String service) {
        return Optional.ofNullable(vips.get(key(namespace, service))).map(h -> address(serviceBase + h));
    }

    synchronized void remove(String namespace, String service) {
        services.remove(key(namespace, service));
        vips.remove(key(namespace, service));
    }

    /** The hosts file of a namespace, created empty when new (its path is mounted into every container there). */
    Path hostsFile(String namespace) {
        Path file = dir.resolve("hosts-" + namespace);
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "127.0.0.1 localhost\n", StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Brings DNS records and Service NAT in line with the pods as they are now. */
    synchronized void sync(List<PodView> pods) {
        Map<String, StringBuilder> hosts = new TreeMap<>();
        StringBuilder rules = new StringBuilder();
        for (Service s : services.values()) {
            String ns = s.getMetadata().getNamespace();
            String svc = s.getMetadata().getName();
            StringBuilder h = hosts.computeIfAbsent(ns, k -> new StringBuilder());
            boolean headless = "None".equals(s.getSpec().getClusterIP());
            boolean notReadyToo = Boolean.TRUE.equals(s.getSpec().getPublishNotReadyAddresses());
            List<PodView> endpoints = pods.stream().filter(p -> p.namespace().equals(ns) && p.ip() != null
                    && selects(s.getSpec().getSelector(), p.labels()) && (p.ready() || notReadyToo))
                    .sorted(java.util.Comparator.comparing(PodView::name)).toList();
            if (headless) {
                for (PodView p : endpoints) {
                    if (p.hostname() != null && svc.equals(p.subdomain())) {
                        h.append(p.ip()).append(' ').append(names(p.hostname() + "." + svc, ns)).append('\n');
                    }
                    h.append(p.ip()).append(' ').append(names(svc, ns)).append('\n');
                }
                continue;
            }
            String vip = clusterIp(ns, svc).orElseThrow();
            h.append(vip).append(' ').append(names(svc, ns)).append('\n');
            Optional<PodView> endpoint = endpoints.stream().filter(PodView::ready).findFirst();
            for (ServicePort port : s.getSpec().getPorts()) {
                String proto = port.getProtocol() == null ? "tcp" : port.getProtocol().toLowerCase(java.util.Locale.ROOT);
                if (endpoint.isEmpty()) {
                    continue; // no ready backend: the forward chain rejects, as kube-proxy does
                }
                int target = targetPort(port, endpoint.get());
                rules.append("    ip daddr ").append(vip).append(' ').append(proto).append(" dport ")
                        .append(port.getPort()).append(" notrack ip daddr set ").append(endpoint.get().ip());
                if (target != port.getPort()) {
                    rules.append(' ').append(proto).append(" dport set ").append(target);
                }
                rules.append('\n');
            }
        }
        applyRules(rules.toString());
        for (Map.Entry<String, StringBuilder> e : hosts.entrySet()) {
            writeHosts(e.getKey(), "127.0.0.1 localhost\n" + e.getValue());
        }
    }

    private static int targetPort(ServicePort port, PodView pod) {
        if (port.getTargetPort() == null) {
            return port.getPort();
        }
        if (port.getTargetPort().getIntVal() != null) {
            return port.getTargetPort().getIntVal();
        }
        return pod.ports().getOrDefault(port.getTargetPort().getStrVal(), port.getPort());
    }

    private String names(String relative, String namespace) {
        String fqdn = relative + "." + namespace + ".svc." + domain;
        return fqdn + " " + relative + "." + namespace + ".svc " + relative + "." + namespace + " " + relative;
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        if (selector == null || selector.isEmpty()) {
            return false; // a Service without selector has hand-made endpoints, none here
        }
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private void applyRules(String rules) {
        if (rules.equals(lastRules) && !lastRules.isEmpty()) {
            return;
        }
        String services = address(serviceBase) + "/24";
        String ruleset = "table ip " + table + " {\n}\nflush table ip " + table + "\n"
                + "table ip " + table + " {\n"
                + "  chain services {\n    type filter hook prerouting priority raw; policy accept;\n" + rules
                + "  }\n"
                + "  chain no_endpoint {\n    type filter hook forward priority filter; policy accept;\n"
                + "    ip daddr " + services + " reject with icmp type port-unreachable\n  }\n}\n";
        Podman.Result r = nft.runWithInput(BOUND, ruleset, "-f", "-");
        if (!r.ok()) {
            throw new IllegalStateException("nft could not load the service rules of " + name + ": " + r.firstLine());
        }
        lastRules = rules;
    }

    /** Rewrites a hosts file in place (same inode, so the bind mounts see it): new text first, then the length. */
    private void writeHosts(String namespace, String text) {
        if (text.equals(lastHosts.get(namespace))) {
            return;
        }
        Path file = hostsFile(namespace);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            ch.truncate(text.getBytes(StandardCharsets.UTF_8).length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        lastHosts.put(namespace, text);
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    private static String address(int a) {
        return (a >>> 24 & 255) + "." + (a >>> 16 & 255) + "." + (a >>> 8 & 255) + "." + (a & 255);
    }

    @Override
    public void close() {
        List<String> problems = new ArrayList<>();
        Podman.Result t = nft.run(BOUND, "delete", "table", "ip", table);
        if (!t.ok() && !t.firstLine().contains("No such file")) {
            problems.add("nft: " + t.firstLine());
        }
        Podman.Result n = podman.run(BOUND, "network", "rm", "-f", name);
        if (!n.ok()) {
            problems.add("podman network rm: " + n.firstLine());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("network " + name + " not fully removed: " + String.join("; ", problems));
        }
    }
}
