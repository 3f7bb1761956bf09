package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The containers of a SUT pod: image, wiring, resources, readiness and security context. Built-in NFs run the
 * local environment's forwarder and switch classes from the vnfbench image; other images get the wiring in
 * environment variables and their {@code start} lifecycle as arguments.
 */
final class SutContainers {

    static final String BUILTIN = "builtin/";
    static final String JAR = "/opt/vnfbench/vnfbench.jar";
    static final String UDP_FORWARDER = "io.vnfbench.engine.env.local.UdpForwarder";
    static final String UDP_SWITCH = "io.vnfbench.engine.env.local.UdpSwitch";
    /** Waits until every peer's DNS name resolves (pods start in any order), then runs the built-in NF. */
    static final String WAIT_FOR_PEERS = String.join("\n",
            "for h in $VNFBENCH_WAIT_HOSTS; do n=0",
            "  until getent hosts \"$h\" >/dev/null; do n=$((n+1))",
            "    if [ $n -gt 600 ]; then echo \"vnfbench: cannot resolve $h\" >&2; exit 1; fi; sleep 0.2; done",
            "done",
            "exec \"$@\"");
    /** Ready once every UDP port the NF listens on is bound (the kernel's socket table, no tool needed). */
    static final String PORTS_BOUND = "for p in $VNFBENCH_READY_PORTS; do"
            + " grep -qi \":$p \" /proc/net/udp /proc/net/udp6 2>/dev/null || exit 1; done";
    private static final Set<String> NO = Set.of("", "no", "false", "none", "off");

    private final KubernetesSettings settings;
    private final Wiring wiring;
    private final MultusAddresses multus;

    SutContainers(KubernetesSettings settings, Wiring wiring, MultusAddresses multus) {
        this.settings = settings;
        this.wiring = wiring;
        this.multus = multus;
    }

    boolean memif(Wiring.PodPlan plan) {
        return plan.nodes().size() > 1 && "memif".equals(settings.pipelineLinks());
    }

    /**
     * The container of one node.
     *
     * @param interfaces receives the node's Multus network selections
     * @param volumes receives volumes the container needs besides the pod's own (its configuration)
     * @param configMaps receives the node's configuration ConfigMap
     */
    Container container(Node node, Wiring.PodPlan plan, boolean hugepages, List<String> interfaces,
            ManifestFactory.Meta meta, List<Volume> volumes, List<ConfigMap> configMaps) {
        requireImage(node);
        if ("vm".equalsIgnoreCase(node.format())) {
            throw new IllegalArgumentException("node " + node.id() + " has format vm; the kubernetes environment runs"
                    + " container images only (see docs/kubernetes.md, \"Virtual machines\")");
        }
        List<EnvVar> env = wiring.env(node, memif(plan));
        List<String> ifs = new ArrayList<>();
        for (Map.Entry<String, MultusAddresses.Attachment> a : multus.attachments(node)) {
            interfaces.add(a.getValue().annotation());
            ifs.add(a.getKey() + "=" + a.getValue().iface());
        }
        if (!ifs.isEmpty()) {
            env.add(new EnvVar("VNFBENCH_INTERFACES", String.join(" ", ifs), null));
        }
        List<VolumeMount> mounts = new ArrayList<>();
        if (hugepages) {
            mounts.add(new VolumeMountBuilder().withName("hugepages").withMountPath("/dev/hugepages").build());
        }
        if (memif(plan)) {
            mounts.add(new VolumeMountBuilder().withName("memif").withMountPath(Wiring.MEMIF_DIR).build());
        }
        ContainerBuilder cb = new ContainerBuilder().withName(Names.dnsLabel(node.id(), 63))
                .withImage(node.image()).withPorts(ports(node)).withResources(resources(node))
                .withTerminationMessagePolicy("FallbackToLogsOnError")
                .withSecurityContext(securityContext(node));
        if (node.image().startsWith(BUILTIN)) {
            builtin(node, cb, env);
            cb.withVolumeMounts(mounts);
        } else {
            CnfContract.apply(node, cb, env, text -> CnfContract.substitute(text, name -> placeholder(node, name)),
                    meta, Names.dnsLabel(plan.podName() + "-" + node.id() + "-configure", 63),
                    Names.dnsLabel("configure-" + node.id(), 63), volumes, mounts, configMaps);
            cb.withVolumeMounts(mounts);
        }
        return cb.build();
    }

    /**
     * A placeholder of the relay data plane: {@code {node}}, {@code {<cp>.port}} (where the node receives),
     * {@code {<cp>.address}} ({@code host:port} of that port), {@code {<cp>.peer}} (where traffic leaving it goes) and
     * the node's workflow parameters by input; {@code <cp>} may be {@code in}/{@code out}.
     */
    private String placeholder(Node node, String name) {
        if (name.equals("node")) {
            return node.id();
        }
        Optional<String> parameter = node.workflow("start").flatMap(l -> l.parameter(name))
                .or(() -> node.workflow("configure").flatMap(l -> l.parameter(name)));
        if (parameter.isPresent()) {
            return parameter.get();
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String cp = alias(node, name.substring(0, dot));
            Optional<String> value = switch (name.substring(dot + 1)) {
                case "port" -> wiring.port(cp).map(String::valueOf);
                case "address" -> Optional.ofNullable(wiring.endpoints().get(cp));
                case "peer" -> wiring.peerAddress(cp);
                default -> Optional.empty();
            };
            if (value.isPresent()) {
                return value.get();
            }
        }
        throw new IllegalArgumentException("node " + node.id() + ": unknown placeholder {" + name + "}; known with"
                + " data-plane relay: {node}, {<cp>.port|address|peer} for connection points "
                + node.connectionPoints().stream().map(ConnectionPoint::id).toList() + " (or in/out), and the"
                + " workflow parameters");
    }

    /** {@code in} / {@code out}: the node's connection point ending in -in / -out. */
    private static String alias(Node node, String cp) {
        if (!cp.equals("in") && !cp.equals("out")) {
            return cp;
        }
        return node.connectionPoints().stream().map(ConnectionPoint::id).filter(id -> id.endsWith("-" + cp))
                .findFirst().orElse(cp);
    }

    /** The built-in forwarder and switch, same classes and arguments as locally, with the cluster's addresses. */
    private void builtin(Node node, ContainerBuilder cb, List<EnvVar> env) {
        List<String> argv = new ArrayList<>(List.of("java", "-Xms8m", "-Xmx64m", "-XX:+UseSerialGC",
                "-Djava.net.preferIPv4Stack=true", "-cp", JAR));
        List<String> hosts = new ArrayList<>();
        List<Integer> ready = new ArrayList<>();
        switch (node.image()) {
            case BUILTIN + "forwarder" -> {
                String in = cpEndingWith(node, "-in");
                String out = cpEndingWith(node, "-out");
                String to = wiring.peerAddress(out).orElseThrow(() -> new IllegalArgumentException("node " + node.id()
                        + ": connection point " + out + " is not linked; the forwarder has nowhere to send"));
                argv.addAll(List.of(UDP_FORWARDER, "--in", "0.0.0.0:" + wiring.port(in).orElseThrow(),
                        "--out", "0.0.0.0:" + wiring.port(out).orElseThrow(), "--to", to));
                hosts.add(host(to));
                ready.add(wiring.port(in).orElseThrow());
            }
            case BUILTIN + "switch" -> {
                argv.add(UDP_SWITCH);
                for (ConnectionPoint cp : node.connectionPoints()) {
                    argv.addAll(List.of("--port", cp.id() + "=0.0.0.0:" + wiring.port(cp.id()).orElseThrow()));
                    ready.add(wiring.port(cp.id()).orElseThrow());
                }
                for (ConnectionPoint cp : node.connectionPoints()) {
                    Optional<String> peer = wiring.peerAddress(cp.id());
                    if (peer.isPresent()) {
                        // a Service's backends come and go (a prober pod per Trial): send to it unconnected
                        argv.addAll(List.of(wiring.toService(cp.id()) ? "--send-to" : "--peer",
                                cp.id() + "=" + peer.get()));
                        hosts.add(host(peer.get()));
                    }
                }
                node.workflow("configure").flatMap(l -> l.parameter("xconnect"))
                        .ifPresent(x -> argv.addAll(List.of("--xconnect", x)));
            }
            default -> throw new IllegalArgumentException("node " + node.id() + ": image " + node.image()
                    + " is not a built-in the kubernetes environment runs (builtin/forwarder, builtin/switch)");
        }
        env.add(new EnvVar("VNFBENCH_WAIT_HOSTS", String.join(" ", hosts.stream().distinct()
                .filter(h -> !h.equals("127.0.0.1") && !h.matches("[0-9.]+")).toList()), null));
        env.add(new EnvVar("VNFBENCH_READY_PORTS", String.join(" ", ready.stream()
                .map(p -> String.format(Locale.ROOT, "%04X", p)).toList()), null));
        cb.withImage(settings.vnfbenchImage()).withEnv(env).withStdin(true)
                .withCommand("sh", "-c", WAIT_FOR_PEERS, "vnfbench-builtin").withArgs(argv)
                .withReadinessProbe(readiness());
    }

    private static Probe readiness() {
        return new ProbeBuilder().withNewExec().withCommand("sh", "-c", PORTS_BOUND).endExec()
                .withInitialDelaySeconds(1).withPeriodSeconds(2).withTimeoutSeconds(2).withFailureThreshold(1)
                .withSuccessThreshold(1).build();
    }

    private static String host(String hostPort) {
        return hostPort.substring(0, hostPort.lastIndexOf(':'));
    }

    /**
     * Pod Security "restricted" unless the node asks for more with its {@code create} lifecycle parameters
     * {@code privileged: true} or {@code capabilities: NET_ADMIN,IPC_LOCK}.
     */
    static SecurityContext securityContext(Node node) {
        Optional<Lifecycle> create = node.workflow("create");
        boolean privileged = create.flatMap(l -> l.parameter("privileged")).map(SutContainers::yes).orElse(false);
        List<String> caps = create.flatMap(l -> l.parameter("capabilities")).map(KubernetesSettings::list)
                .orElse(List.of()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        if (privileged) {
            return new SecurityContextBuilder().withPrivileged(true).build();
        }
        SecurityContextBuilder sb = new SecurityContextBuilder().withAllowPrivilegeEscalation(false)
                .withNewCapabilities().withDrop("ALL").withAdd(caps).endCapabilities();
        return sb.build();
    }

    static boolean asksPrivileges(Node node) {
        SecurityContext sc = securityContext(node);
        return Boolean.TRUE.equals(sc.getPrivileged()) || !sc.getCapabilities().getAdd().stream()
                .allMatch("NET_BIND_SERVICE"::equals);
    }

    private static boolean yes(String v) {
        return !NO.contains(v.trim().toLowerCase(Locale.ROOT));
    }

    private static String cpEndingWith(Node node, String suffix) {
        return node.connectionPoints().stream().map(ConnectionPoint::id).filter(id -> id.endsWith(suffix))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("node " + node.id()
                        + " has no connection point ending in " + suffix + "; builtin/forwarder needs -in and -out"));
    }

    private List<ContainerPort> ports(Node node) {
        List<ContainerPort> out = new ArrayList<>();
        for (ConnectionPoint cp : node.connectionPoints()) {
            wiring.port(cp.id()).ifPresent(p -> out.add(new ContainerPortBuilder()
                    .withName("p" + p).withContainerPort(p).withProtocol("UDP").build()));
        }
        return out;
    }

    ResourceRequirements resources(Node node) {
        return resources(settings, node);
    }

    /** CPU, memory and hugepages of a node's container (Guaranteed QoS when pinning is asked). */
    static ResourceRequirements resources(KubernetesSettings settings, Node node) {
        ResourceRequirementsBuilder rb = new ResourceRequirementsBuilder();
        Cpu cpu = node.resources() == null ? null : node.resources().cpu();
        Optional<Quantity> memory = memory(node);
        boolean pinned = pinned(node);
        if (cpu != null && pinned && (cpu.vcpus() == null || memory.isEmpty())) {
            throw new IllegalArgumentException("node " + node.id() + ": cpu pinning '" + cpu.pinning()
                    + "' needs resources.cpu.vcpus and resources.memory, so the pod gets Guaranteed QoS"
                    + " (requests = limits, whole CPUs)");
        }
        if (cpu != null && cpu.vcpus() != null) {
            Quantity q = new Quantity(Long.toString(cpu.vcpus()));
            rb.addToRequests("cpu", q);
            if (pinned) {
                rb.addToLimits("cpu", q);
            }
        }
        memory.ifPresent(q -> {
            rb.addToRequests("memory", q);
            rb.addToLimits("memory", q);
        });
        hugepages(settings, node).ifPresent(h -> {
            rb.addToRequests("hugepages-2Mi", new Quantity(h));
            rb.addToLimits("hugepages-2Mi", new Quantity(h));
        });
        return rb.build();
    }

    static boolean pinned(Node node) {
        Cpu cpu = node.resources() == null ? null : node.resources().cpu();
        return cpu != null && cpu.pinning() != null && yes(cpu.pinning());
    }

    static Optional<Quantity> memory(Node node) {
        Memory m = node.resources() == null ? null : node.resources().memory();
        if (m == null || m.size() == null) {
            return Optional.empty();
        }
        String unit = m.unit() == null ? "MB" : m.unit().trim();
        String suffix = switch (unit.toUpperCase(Locale.ROOT)) {
            case "B", "" -> "";
            case "KB", "K" -> "k";
            case "MB", "M" -> "M";
            case "GB", "G" -> "G";
            case "KIB", "KI" -> "Ki";
            case "MIB", "MI" -> "Mi";
            case "GIB", "GI" -> "Gi";
            default -> throw new IllegalArgumentException("node " + node.id() + ": memory unit '" + unit
                    + "' is not one of B, KB, MB, GB, KiB, MiB, GiB");
        };
        return Optional.of(new Quantity(m.size() + suffix));
    }

    Optional<String> hugepages(Node node) {
        return hugepages(settings, node);
    }

    static Optional<String> hugepages(KubernetesSettings settings, Node node) {
        Optional<String> fromNode = node.workflow("create").flatMap(l -> l.parameter("hugepages-2Mi"));
        if (fromNode.isPresent()) {
            return fromNode;
        }
        return "sut".equals(node.role()) || node.role() == null ? settings.hugepages() : Optional.empty();
    }

    private static void requireImage(Node node) {
        if (node.image() == null || node.image().isBlank()) {
            throw new IllegalArgumentException("node " + node.id() + " has no image; the kubernetes environment runs"
                    + " every SUT node from a container image (set nodes[id='" + node.id() + "']/image, or the"
                    + " chains' nf/switch image)");
        }
    }
}
