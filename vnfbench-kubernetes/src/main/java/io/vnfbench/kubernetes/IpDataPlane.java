package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.env.local.LocalDeployer;
import io.vnfbench.engine.env.local.LocalTopology;
import io.vnfbench.engine.env.local.NamespaceCommands;
import io.vnfbench.engine.env.local.NamespacePlan;
import io.vnfbench.engine.env.local.ScenarioMapper;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Policy;
import io.vnfbench.engine.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code ip} data plane's objects: real IP packets through the NFs' own interfaces, as in the local environment's
 * namespaces data plane, whose plan it shares ({@link NamespacePlan}: one L2 segment per link, a /30 per segment,
 * fixed MACs, permanent neighbours, routes hop by hop). Each segment is a NetworkAttachmentDefinition of the reference
 * {@code bridge} CNI plugin created in the Test's namespace; every pod (NFs, the switch, the traffic generator and the
 * sink) asks Multus for its interfaces with their names, MACs and static addresses; a privileged init container
 * {@value #NET_INIT} sets the pod's sysctls ({@code net.ipv4.ip_forward}, IPv6 off), neighbours, routes and (for the
 * switch) bridges before any other container starts. A user's CNF gets its image, command, arguments, environment and
 * configuration with the placeholders of the local contract resolved (docs/kubernetes.md, "User CNFs").
 */
final class IpDataPlane {

    static final String NET_INIT = "vnfbench-net";
    static final String BUILTIN = "builtin/";
    static final String GENERATOR_HOST = "vnfb-generator";
    static final String SINK_HOST = "vnfb-sink";
    static final String CONFIG_DIR = CnfContract.CONFIG_DIR;
    static final String NAD_API = "k8s.cni.cncf.io/v1";
    static final String NAD_KIND = "NetworkAttachmentDefinition";
    /**
     * Sets each sysctl given as a {@code /proc/sys} path and value (a path the kernel does not have is skipped: IPv6
     * may be absent), then runs the {@code ip} lines after {@code --} as one batch.
     */
    static final String NET_SCRIPT = String.join("\n",
            "while [ $# -gt 0 ] && [ \"$1\" != -- ]; do",
            "  if [ -e \"/proc/sys/$1\" ]; then printf '%s\\n' \"$2\" > \"/proc/sys/$1\" || { echo \"vnfbench-net:"
                    + " cannot set $1\" >&2; exit 3; }; fi",
            "  shift 2",
            "done",
            "shift",
            "[ $# -eq 0 ] || printf '%s\\n' \"$@\" | ip -batch -");
    private static final List<String> PLACEHOLDER_ENV = List.of("node", "udp_port", "sink_ip", "generator_ip",
            "in.ifname", "in.ip", "in.cidr", "in.mac", "in.peer_ip", "in.peer_mac", "out.ifname", "out.ip",
            "out.cidr", "out.mac", "out.peer_ip", "out.peer_mac");

    /** The objects of the data plane and its layout. */
    record Objects(List<Pod> sutPods, List<Pod> trafficPods, List<GenericKubernetesResource> networks,
            List<ConfigMap> configMaps, IpLayout layout) {
    }

    private final KubernetesSettings settings;
    private final ManifestFactory.Meta meta;
    private final String prefix;
    private final String slug;
    private final String service;

    IpDataPlane(KubernetesSettings settings, ManifestFactory.Meta meta, String prefix, String slug, String service) {
        this.settings = settings;
        this.meta = meta;
        this.prefix = prefix;
        this.slug = slug;
        this.service = service;
    }

    /**
     * The pods, NADs and ConfigMaps of a scenario.
     *
     * @throws IllegalArgumentException naming the node, link or chain that cannot be built
     */
    Objects build(Scenario scenario) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        LocalTopology topology = ScenarioMapper.map(scenario, n -> {
            nodes.put(n.id(), n);
            return spec(n);
        }).topology();
        NamespacePlan plan = NamespacePlan.of(topology, true);
        for (Policy p : scenario.policies()) {
            if (!"node-selector".equalsIgnoreCase(String.valueOf(p.type()).trim())) {
                throw new IllegalArgumentException("policy " + p.name() + ": data-plane ip places every pod of a Test"
                        + " on one node (its segments are bridges of that node); only node-selector policies apply");
            }
        }
        Map<String, String> pods = new TreeMap<>();
        for (String ns : plan.namespaces()) {
            pods.put(ns, podName(ns));
        }
        Map<String, String> networkOf = new LinkedHashMap<>();
        List<GenericKubernetesResource> networks = new ArrayList<>();
        int segment = 0;
        for (NamespacePlan.Veth veth : plan.veths()) {
            segment++;
            String name = Names.dnsLabel(prefix + "seg-" + host(veth.a().namespace()) + "-" + veth.a().name(), 63);
            networks.add(network(name, bridgeName(segment)));
            networkOf.put(veth.a().namespace() + "/" + veth.a().name(), name);
            networkOf.put(veth.b().namespace() + "/" + veth.b().name(), name);
        }
        List<Pod> sut = new ArrayList<>();
        List<Pod> traffic = new ArrayList<>();
        List<ConfigMap> configMaps = new ArrayList<>();
        for (String ns : plan.namespaces()) {
            Node node = nodes.get(ns);
            LocalTopology.NodeSpec spec = topology.nodes().stream().filter(n -> n.id().equals(ns)).findFirst()
                    .orElse(null);
            Pod pod = pod(ns, node, spec, plan, networkOf, configMaps, scenario.policies());
            (node == null ? traffic : sut).add(pod);
        }
        return new Objects(sut, traffic, networks, configMaps, new IpLayout(plan, pods));
    }

    private String podName(String namespace) {
        return Names.dnsLabel(prefix + host(namespace), 63);
    }

    private static String host(String namespace) {
        return namespace.equals(NamespacePlan.GENERATOR) ? GENERATOR_HOST
                : namespace.equals(NamespacePlan.SINK) ? SINK_HOST : Names.dnsLabel(namespace, 63);
    }

    /** Bridge names of a node are 15 characters at most and must not clash between Tests on one node. */
    private String bridgeName(int segment) {
        return "vb" + Names.hash(slug, 7) + Integer.toString(segment, 36);
    }

    /** How a node runs in the ip data plane, as the engine's topology kinds. */
    private static LocalTopology.NodeSpec spec(Node n) {
        String image = n.image() == null ? "" : n.image();
        String format = n.format() == null ? "" : n.format().toLowerCase(Locale.ROOT);
        List<String> points = n.connectionPoints().stream().map(cp -> cp.id()).toList();
        Map<String, String> parameters = ScenarioMapper.parameters(n);
        LocalTopology.Resources resources = ScenarioMapper.resources(n.resources());
        if (format.equals("vm")) {
            throw new IllegalArgumentException("node " + n.id() + " has format vm; the kubernetes environment runs"
                    + " container images only (see docs/kubernetes.md, \"Virtual machines\")");
        }
        if (format.equals("process")) {
            throw new IllegalArgumentException("node " + n.id() + " has format process: a command on the host runs in"
                    + " the local environment; here a node is a container image");
        }
        return switch (image) {
            case ScenarioMapper.ROUTER_IMAGE -> new LocalTopology.NodeSpec(n.id(), LocalTopology.Kind.ROUTER, points,
                    List.of(), null, parameters, resources);
            case ScenarioMapper.SWITCH_IMAGE -> new LocalTopology.NodeSpec(n.id(), LocalTopology.Kind.SWITCH, points,
                    List.of(), parameters.get("xconnect"), parameters, resources);
            case ScenarioMapper.FORWARDER_IMAGE -> throw new IllegalArgumentException("node " + n.id() + ": "
                    + ScenarioMapper.FORWARDER_IMAGE + " relays UDP between ports (data-plane relay); with data-plane"
                    + " ip use " + ScenarioMapper.ROUTER_IMAGE + " or a CNF image");
            case "" -> throw new IllegalArgumentException("node " + n.id() + " has no image; the kubernetes"
                    + " environment runs every SUT node from a container image (set nodes[id='" + n.id()
                    + "']/image, or the chains' nf/switch image)");
            // a vSwitch CNF (the chain's switch with an image of the user's): its ports are planned as a switch's,
            // and it cross-connects them itself (VNFBENCH_XCONNECT) instead of the Linux bridges
            default -> parameters.containsKey("xconnect")
                    ? new LocalTopology.NodeSpec(n.id(), LocalTopology.Kind.SWITCH, points,
                            n.workflow("start").map(Lifecycle::implementation).orElse(List.of()),
                            parameters.get("xconnect"), parameters, resources)
                    : new LocalTopology.NodeSpec(n.id(), LocalTopology.Kind.PROCESS, points,
                            n.workflow("start").map(Lifecycle::implementation).orElse(List.of()), null, parameters,
                            resources);
        };
    }

    private GenericKubernetesResource network(String name, String bridge) {
        Map<String, Object> cni = new LinkedHashMap<>();
        cni.put("cniVersion", "0.3.1");
        cni.put("name", name);
        cni.put("type", "bridge");
        cni.put("bridge", bridge);
        cni.put("isGateway", false);
        cni.put("ipMasq", false);
        cni.put("hairpinMode", false);
        cni.put("ipam", Map.of("type", "static"));
        cni.put("capabilities", new TreeMap<>(Map.of("ips", true, "mac", true)));
        GenericKubernetesResource nad = new GenericKubernetesResourceBuilder().withApiVersion(NAD_API)
                .withKind(NAD_KIND).withMetadata(meta.of(name, Map.of())).build();
        nad.setAdditionalProperty("spec", Map.of("config", Serialization.asJson(cni)));
        return nad;
    }

    private Pod pod(String ns, @CheckForNull Node node, @CheckForNull LocalTopology.NodeSpec spec, NamespacePlan plan,
            Map<String, String> networkOf, List<ConfigMap> configMaps, List<Policy> policies) {
        String name = podName(ns);
        Map<String, String> labels = new TreeMap<>();
        labels.put(Names.ROLE, node == null ? "traffic" : "sut");
        labels.put(Names.NODE, Names.labelValue(host(ns)));
        labels.put(Names.APP_COMPONENT, node == null ? (ns.equals(NamespacePlan.GENERATOR) ? "generator" : "sink")
                : spec.kind() == LocalTopology.Kind.SWITCH ? "switch" : spec.kind() == LocalTopology.Kind.ROUTER
                ? "router" : "nf");
        ObjectMeta m = meta.of(name, labels);
        m.getAnnotations().put("sidecar.istio.io/inject", "false");
        List<String> attachments = new ArrayList<>();
        for (NamespacePlan.Interface i : plan.interfaces()) {
            if (i.namespace().equals(ns)) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", networkOf.get(ns + "/" + i.name()));
                a.put("interface", i.name());
                a.put("mac", i.mac());
                if (i.ip() != null) {
                    a.put("ips", List.of(i.cidr()));
                }
                attachments.add(Serialization.asJson(a));
            }
        }
        m.getAnnotations().put("k8s.v1.cni.cncf.io/networks", "[" + String.join(",", attachments) + "]");
        List<Volume> volumes = new ArrayList<>();
        boolean own = node != null && !String.valueOf(node.image()).startsWith(BUILTIN);
        Container main = own ? cnf(node, spec, plan, name, volumes, configMaps) : idle(ns);
        Map<String, String> selector = new TreeMap<>(settings.sutNodeSelector());
        for (Policy p : policies) {
            if (KubernetesSettings.list(p.targets()).contains(ns)) {
                selector.putAll(KubernetesSettings.selector(Map.of("policy " + p.name(),
                        p.action() == null ? "" : p.action()), "policy " + p.name()));
            }
        }
        PodBuilder pb = new PodBuilder().withMetadata(m).withNewSpec().withRestartPolicy("Never")
                .withActiveDeadlineSeconds(settings.timeouts().podDeadline().toSeconds())
                .withTerminationGracePeriodSeconds(1L).withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false).withHostname(host(ns)).withSubdomain(service)
                .withNodeSelector(selector)
                .withImagePullSecrets(settings.imagePullSecrets().stream()
                        .map(io.fabric8.kubernetes.api.model.LocalObjectReference::new).toList())
                .withInitContainers(netInit(ns, plan, own && spec.kind() == LocalTopology.Kind.SWITCH))
                .withContainers(main).withVolumes(volumes).endSpec();
        if (!ns.equals(NamespacePlan.GENERATOR)) {
            // every segment is a bridge of one node: all pods follow the generator's pod there
            pb.editSpec().withNewAffinity().withNewPodAffinity().addNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .withTopologyKey(Placement.HOSTNAME).withNewLabelSelector()
                    .addToMatchLabels(Names.DEPLOYMENT, slug).addToMatchLabels(Names.NODE, GENERATOR_HOST)
                    .endLabelSelector().endRequiredDuringSchedulingIgnoredDuringExecution().endPodAffinity()
                    .endAffinity().endSpec();
        }
        return pb.build();
    }

    /** The init container that finishes what the CNI started: sysctls, bridges, neighbours, routes. */
    private Container netInit(String ns, NamespacePlan plan, boolean ownSwitch) {
        List<String> args = new ArrayList<>(List.of("sh", "-c", NET_SCRIPT, NET_INIT));
        plan.sysctls(ns).forEach((k, v) -> {
            args.add(k.replace('.', '/'));
            args.add(v);
        });
        args.add("--");
        for (String line : plan.configureCommands().getOrDefault(ns, List.of())) {
            if (ownSwitch && (line.contains(" type bridge") || line.contains(" master ")
                    || plan.bridges().stream().anyMatch(b -> line.equals("link set " + b.name() + " up")))) {
                continue; // a vSwitch CNF joins its ports itself
            }
            args.add(line.startsWith("addr add ") ? "addr replace " + line.substring(9)
                    : line.startsWith("route add ") ? "route replace " + line.substring(10) : line);
        }
        // requests = limits, so a pod whose CNF asks for Guaranteed QoS keeps it (init containers count for QoS)
        return new ContainerBuilder().withName(NET_INIT).withImage(settings.vnfbenchImage()).withCommand(args)
                .withResources(new io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder()
                        .addToRequests("cpu", new io.fabric8.kubernetes.api.model.Quantity("100m"))
                        .addToRequests("memory", new io.fabric8.kubernetes.api.model.Quantity("64Mi"))
                        .addToLimits("cpu", new io.fabric8.kubernetes.api.model.Quantity("100m"))
                        .addToLimits("memory", new io.fabric8.kubernetes.api.model.Quantity("64Mi")).build())
                .withSecurityContext(new SecurityContextBuilder().withPrivileged(true).withRunAsUser(0L)
                        .withRunAsNonRoot(false).build())
                .withTerminationMessagePolicy("FallbackToLogsOnError").build();
    }

    /** The one container of a pod whose work the kernel does (router, switch) or tools do (generator, sink). */
    private Container idle(String ns) {
        return new ContainerBuilder().withName(Names.dnsLabel(host(ns), 63)).withImage(settings.vnfbenchImage())
                .withCommand("sleep", "infinity").withSecurityContext(restricted())
                .withTerminationMessagePolicy("FallbackToLogsOnError").build();
    }

    static SecurityContext restricted() {
        return new SecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(ManifestFactory.NOBODY)
                .withRunAsGroup(ManifestFactory.NOBODY).withAllowPrivilegeEscalation(false)
                .withNewCapabilities().withDrop("ALL").endCapabilities()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build();
    }

    /** A user's CNF: its image, command, arguments, environment and configuration, the contract's placeholders resolved. */
    private Container cnf(Node node, LocalTopology.NodeSpec spec, NamespacePlan plan, String podName,
            List<Volume> volumes, List<ConfigMap> configMaps) {
        ContainerBuilder cb = new ContainerBuilder().withName(Names.dnsLabel(node.id(), 63)).withImage(node.image())
                .withResources(SutContainers.resources(settings, node)).withSecurityContext(SutContainers.securityContext(node))
                .withTerminationMessagePolicy("FallbackToLogsOnError");
        List<EnvVar> env = new ArrayList<>();
        for (String key : PLACEHOLDER_ENV) {
            try {
                String name = "VNFBENCH_" + (key.equals("node") ? "NODE_ID" : key).replace('.', '_')
                        .toUpperCase(Locale.ROOT);
                env.add(new EnvVar(name, NamespaceCommands.resolve(spec, "{" + key + "}", plan), null));
            } catch (LocalDeployer.DeploymentException e) {
                // not on a chain, or no such connection point: the variable is left out
            }
        }
        List<String> ifs = new ArrayList<>();
        for (String cp : spec.connectionPoints()) {
            plan.interfaceOf(cp).ifPresent(i -> ifs.add(cp + "=" + i.name()));
        }
        env.add(new EnvVar("VNFBENCH_INTERFACES", String.join(" ", ifs), null));
        String xconnect = spec.xconnect();
        if (xconnect != null) {
            // the switch's table with interface names: "from>to" pairs, as the built-in switch's bridges join them
            List<String> pairs = new ArrayList<>();
            for (String pair : xconnect.trim().split("\\s+")) {
                String[] ends = pair.split(">");
                pairs.add(plan.interfaceOf(ends[0]).map(NamespacePlan.Interface::name).orElse(ends[0]) + ">"
                        + plan.interfaceOf(ends[ends.length - 1]).map(NamespacePlan.Interface::name)
                        .orElse(ends[ends.length - 1]));
            }
            env.add(new EnvVar("VNFBENCH_XCONNECT", String.join(" ", pairs), null));
        }
        List<VolumeMount> mounts = new ArrayList<>();
        if (SutContainers.hugepages(settings, node).isPresent()) {
            volumes.add(new VolumeBuilder().withName("hugepages").withNewEmptyDir().withMedium("HugePages")
                    .endEmptyDir().build());
            mounts.add(new VolumeMountBuilder().withName("hugepages").withMountPath("/dev/hugepages").build());
        }
        CnfContract.apply(node, cb, env, text -> resolve(spec, text, plan), meta,
                Names.dnsLabel(podName + "-configure", 63), "configure", volumes, mounts, configMaps);
        return cb.withVolumeMounts(mounts).build();
    }

    private static String resolve(LocalTopology.NodeSpec spec, String text, NamespacePlan plan) {
        try {
            return NamespaceCommands.resolve(spec, text, plan);
        } catch (LocalDeployer.DeploymentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
