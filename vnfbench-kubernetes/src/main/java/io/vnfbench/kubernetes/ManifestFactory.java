package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAffinityTermBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTermBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Policy;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.VnfBd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pure translation of a VNF-BD instance into Kubernetes objects: no client, no clock, no randomness, so the same
 * input always gives the same YAML (the golden files under src/test/resources/golden prove it). See
 * docs/kubernetes.md for the topology mapping and the wiring contract ({@code VNFBENCH_*} variables).
 */
public final class ManifestFactory {

    /** The headless Service that gives SUT and agent pods DNS names {@code <host>.<service>}. */
    static final String SERVICE = "sut";
    /** The ClusterIP Service chain egress traffic goes to: it resolves before any agent pod exists. */
    static final String SINK = "sink";
    static final int FIRST_PORT = 10000;
    static final int SINK_PORT = 20000;
    static final String MEMIF_DIR = "/run/vnfbench/memif";
    private static final Pattern CHAIN_NF = Pattern.compile("c(\\d+)n(\\d+)");
    private static final Pattern CHAIN_END = Pattern.compile("c(\\d+)-(ingress|egress)");
    private static final Set<String> NO = Set.of("", "no", "false", "none", "off");

    private final KubernetesSettings settings;

    public ManifestFactory(KubernetesSettings settings) {
        this.settings = settings;
    }

    /** The namespace a deployment lives in. */
    public String namespace(DeploymentContext ctx) {
        return settings.sharedNamespace() ? settings.namespace()
                : Names.dnsLabel(settings.namespacePrefix() + "-" + ctx.slug(), 63);
    }

    /** Labels every object of the deployment carries. */
    public Map<String, String> labels(DeploymentContext ctx) {
        Map<String, String> l = new TreeMap<>();
        l.put(Names.MANAGED_BY, Names.MANAGER);
        l.put(Names.RUN, ctx.runLabel());
        l.put(Names.DEPLOYMENT, ctx.slug());
        l.put(Names.TEST_KEY, Names.labelValue(ctx.testKey()));
        l.put(Names.CONTROLLER, settings.controllerId());
        return l;
    }

    /** The selector that finds every object of the deployment (teardown, resume, NetworkPolicy). */
    public Map<String, String> selector(DeploymentContext ctx) {
        return new TreeMap<>(Map.of(Names.RUN, ctx.runLabel(), Names.DEPLOYMENT, ctx.slug()));
    }

    /**
     * The manifests of one Test deployment.
     *
     * @throws IllegalArgumentException naming the node, connection point or policy when the scenario cannot be mapped
     */
    public TestManifests deployment(DeploymentContext ctx, VnfBd instance) {
        Scenario scenario = instance.scenario();
        if (scenario == null || scenario.nodes().isEmpty()) {
            throw new IllegalArgumentException("the VNF-BD instance has no scenario nodes to deploy");
        }
        String ns = namespace(ctx);
        String prefix = settings.sharedNamespace() ? ctx.slug() + "-" : "";
        String sinkAgent = instance.proceedings() == null || instance.proceedings().agents().isEmpty() ? "tg"
                : instance.proceedings().agents().get(0).uuid();
        Wiring wiring = Wiring.of(scenario, isPipelineInOnePod(scenario), prefix + SERVICE, prefix, prefix + SINK);

        Optional<Namespace> namespace = Optional.empty();
        Optional<ConfigMap> anchor = Optional.empty();
        if (settings.sharedNamespace()) {
            anchor = Optional.of(new ConfigMapBuilder().withMetadata(meta(ctx, ns, prefix + "anchor", Map.of(
                    Names.ANCHOR, "true"))).addToData("testKey", ctx.testKey()).addToData("runId", ctx.runId())
                    .build());
        } else {
            ObjectMeta m = meta(ctx, null, ns, Map.of());
            namespace = Optional.of(new NamespaceBuilder().withMetadata(m).build());
        }

        List<Pod> pods = new ArrayList<>();
        List<GenericKubernetesResource> vms = new ArrayList<>();
        for (Wiring.PodPlan plan : wiring.pods()) {
            if (plan.nodes().size() == 1 && isVm(plan.nodes().get(0))) {
                vms.add(virtualMachine(ctx, ns, plan, wiring));
            } else {
                pods.add(sutPod(ctx, ns, plan, wiring, scenario.policies()));
            }
        }
        return new TestManifests(ns, namespace, anchor, networkPolicy(ctx, ns, prefix), service(ctx, ns, prefix),
                sinkService(ctx, ns, prefix, sinkAgent, wiring), pods, vms, wiring.endpoints(), prefix + SINK);
    }

    /**
     * A pod that runs one command of a prober or listener for an agent or monitor: the command's output framed by
     * begin/end markers in the container log, a digest in the termination message (see {@link PodCommands}).
     *
     * @param hostId the agent's or monitor's uuid (also the pod's host name, so chain egress traffic reaches it)
     * @param purpose distinguishes the pods of one host in one Trial (tool id, instance, repeat, sequence)
     * @param deadlineSeconds activeDeadlineSeconds: the cluster stops the pod after this even if vnfbench is gone
     */
    public Pod commandPod(DeploymentContext ctx, String hostId, String role, String purpose, long trial,
            String image, List<String> argv, String marker, long deadlineSeconds, boolean background,
            Map<String, String> extraEnv) {
        String ns = namespace(ctx);
        String prefix = settings.sharedNamespace() ? ctx.slug() + "-" : "";
        String name = Names.dnsLabel(prefix + hostId + "-" + purpose + "-t" + trial, 63);
        Map<String, String> extra = new TreeMap<>();
        extra.put(Names.ROLE, role);
        extra.put(Names.NODE, Names.labelValue(hostId));
        extra.put(Names.TRIAL, Long.toString(trial));
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar("VNFBENCH_BEGIN", PodCommands.begin(marker), null));
        env.add(new EnvVar("VNFBENCH_END", PodCommands.endPrefix(marker), null));
        new TreeMap<>(extraEnv).forEach((k, v) -> env.add(new EnvVar(k, v, null)));
        ContainerBuilder cb = new ContainerBuilder().withName("tool").withImage(image)
                .withEnv(env).withTerminationMessagePath("/dev/termination-log")
                .withTerminationMessagePolicy("File")
                .withResources(new ResourceRequirementsBuilder().addToRequests("cpu", new Quantity("1"))
                        .addToRequests("memory", new Quantity("256Mi")).addToLimits("memory", new Quantity("1Gi"))
                        .build());
        if (background) {
            cb.withCommand(argv);
        } else {
            cb.withCommand("sh", "-c", PodCommands.WRAPPER, "vnfbench-command").withArgs(argv);
        }
        return new PodBuilder().withMetadata(meta(ctx, ns, name, extra))
                .withNewSpec().withRestartPolicy("Never").withActiveDeadlineSeconds(deadlineSeconds)
                .withTerminationGracePeriodSeconds(1L).withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false).withHostname(Names.dnsLabel(hostId, 63))
                .withSubdomain(prefix + SERVICE).withNodeSelector(settings.trafficNodeSelector())
                .withImagePullSecrets(pullSecrets()).withAffinity(awayFromSut(ctx)).withContainers(cb.build())
                .endSpec().build();
    }

    // ---------------------------------------------------------------- SUT

    private Pod sutPod(DeploymentContext ctx, String ns, Wiring.PodPlan plan, Wiring wiring, List<Policy> policies) {
        Map<String, String> extra = new TreeMap<>();
        extra.put(Names.ROLE, "sut");
        extra.put(Names.NODE, Names.labelValue(plan.name()));
        plan.chain().ifPresent(k -> extra.put(Names.CHAIN, Integer.toString(k)));
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("sidecar.istio.io/inject", "false");
        List<Container> containers = new ArrayList<>();
        List<Volume> volumes = new ArrayList<>();
        boolean memif = plan.nodes().size() > 1 && "memif".equals(settings.pipelineLinks());
        boolean hugepages = false;
        List<String> interfaces = new ArrayList<>();
        for (Node node : plan.nodes()) {
            requireImage(node);
            List<EnvVar> env = wiring.env(node, memif);
            List<String> multus = multusFor(node, wiring, plan);
            if (!multus.isEmpty()) {
                List<String> ifs = new ArrayList<>();
                for (int i = 0; i < node.connectionPoints().size(); i++) {
                    String ifName = "net" + (interfaces.size() + 1);
                    interfaces.add("{\"name\":\"" + multus.get(i % multus.size()) + "\",\"interface\":\"" + ifName
                            + "\"}");
                    ifs.add(node.connectionPoints().get(i).id() + "=" + ifName);
                }
                env.add(new EnvVar("VNFBENCH_INTERFACES", String.join(" ", ifs), null));
            }
            Optional<String> pages = hugepagesOf(node);
            List<VolumeMount> mounts = new ArrayList<>();
            if (pages.isPresent()) {
                hugepages = true;
                mounts.add(new VolumeMountBuilder().withName("hugepages").withMountPath("/dev/hugepages").build());
            }
            if (memif) {
                mounts.add(new VolumeMountBuilder().withName("memif").withMountPath(MEMIF_DIR).build());
            }
            ContainerBuilder cb = new ContainerBuilder().withName(Names.dnsLabel(node.id(), 63))
                    .withImage(node.image()).withEnv(env).withPorts(ports(node, wiring))
                    .withResources(resources(node, pages)).withVolumeMounts(mounts);
            if (node.image().startsWith(BUILTIN)) {
                builtin(node, wiring, cb, env);
            } else {
                start(node).ifPresent(cb::withArgs);
            }
            containers.add(cb.build());
        }
        if (!interfaces.isEmpty()) {
            annotations.put("k8s.v1.cni.cncf.io/networks", "[" + String.join(",", interfaces) + "]");
        }
        if (hugepages) {
            volumes.add(new VolumeBuilder().withName("hugepages").withNewEmptyDir().withMedium("HugePages")
                    .endEmptyDir().build());
        }
        if (memif) {
            volumes.add(new VolumeBuilder().withName("memif").withNewEmptyDir().withMedium("Memory").endEmptyDir()
                    .build());
        }
        ObjectMeta meta = meta(ctx, ns, plan.podName(), extra);
        meta.getAnnotations().putAll(annotations);
        return new PodBuilder().withMetadata(meta)
                .withNewSpec().withRestartPolicy("Never")
                .withActiveDeadlineSeconds(settings.timeouts().podDeadline().toSeconds())
                .withTerminationGracePeriodSeconds(1L).withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false).withHostname(plan.host()).withSubdomain(wiring.service())
                .withNodeSelector(nodeSelector(plan, policies)).withImagePullSecrets(pullSecrets())
                .withAffinity(affinity(ctx, plan, policies, wiring)).withContainers(containers).withVolumes(volumes)
                .endSpec().build();
    }

    static final String BUILTIN = "builtin/";
    static final String JAR = "/opt/vnfbench/vnfbench.jar";
    /** Waits until every peer's DNS name resolves (pods start in any order), then runs the built-in NF. */
    static final String WAIT_FOR_PEERS = String.join("\n",
            "for h in $VNFBENCH_WAIT_HOSTS; do n=0",
            "  until getent hosts \"$h\" >/dev/null; do n=$((n+1))",
            "    if [ $n -gt 600 ]; then echo \"vnfbench: cannot resolve $h\" >&2; exit 1; fi; sleep 0.2; done",
            "done",
            "exec \"$@\"");

    /**
     * The built-in forwarder and switch of the local environment, run from the vnfbench image: same classes, same
     * arguments, with the cluster addresses of the wiring. stdin stays open because they stop when it closes.
     */
    private void builtin(Node node, Wiring wiring, ContainerBuilder cb, List<EnvVar> env) {
        List<String> argv = new ArrayList<>(List.of("java", "-Xms8m", "-Xmx64m", "-XX:+UseSerialGC",
                "-Djava.net.preferIPv4Stack=true", "-cp", JAR));
        List<String> hosts = new ArrayList<>();
        switch (node.image()) {
            case BUILTIN + "forwarder" -> {
                String in = cpEndingWith(node, "-in");
                String out = cpEndingWith(node, "-out");
                String to = wiring.peerAddress(out).orElseThrow(() -> new IllegalArgumentException("node " + node.id()
                        + ": connection point " + out + " is not linked; the forwarder has nowhere to send"));
                argv.addAll(List.of(UDP_FORWARDER, "--in", "0.0.0.0:" + wiring.ports().get(in),
                        "--out", "0.0.0.0:" + wiring.ports().get(out), "--to", to));
                hosts.add(to.substring(0, to.lastIndexOf(':')));
            }
            case BUILTIN + "switch" -> {
                argv.add(UDP_SWITCH);
                for (ConnectionPoint cp : node.connectionPoints()) {
                    argv.addAll(List.of("--port", cp.id() + "=0.0.0.0:" + wiring.ports().get(cp.id())));
                }
                for (ConnectionPoint cp : node.connectionPoints()) {
                    Optional<String> peer = wiring.peerAddress(cp.id());
                    if (peer.isPresent()) {
                        argv.addAll(List.of("--peer", cp.id() + "=" + peer.get()));
                        hosts.add(peer.get().substring(0, peer.get().lastIndexOf(':')));
                    }
                }
                node.workflow("configure").flatMap(l -> l.parameter("xconnect"))
                        .ifPresent(x -> argv.addAll(List.of("--xconnect", x)));
            }
            default -> throw new IllegalArgumentException("node " + node.id() + ": image " + node.image()
                    + " is not a built-in the kubernetes environment runs (builtin/forwarder, builtin/switch)");
        }
        env.add(new EnvVar("VNFBENCH_WAIT_HOSTS", String.join(" ", hosts.stream().distinct()
                .filter(h -> !h.equals("127.0.0.1")).toList()), null));
        cb.withImage(settings.vnfbenchImage()).withEnv(env).withStdin(true)
                .withCommand("sh", "-c", WAIT_FOR_PEERS, "vnfbench-builtin").withArgs(argv);
    }

    static final String UDP_FORWARDER = "io.vnfbench.engine.env.local.UdpForwarder";
    static final String UDP_SWITCH = "io.vnfbench.engine.env.local.UdpSwitch";

    private static String cpEndingWith(Node node, String suffix) {
        return node.connectionPoints().stream().map(ConnectionPoint::id).filter(id -> id.endsWith(suffix))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("node " + node.id()
                        + " has no connection point ending in " + suffix + "; builtin/forwarder needs -in and -out"));
    }

    private List<String> multusFor(Node node, Wiring wiring, Wiring.PodPlan plan) {
        if (settings.multusNetworks().isEmpty()) {
            return List.of();
        }
        boolean pipelinePod = plan.nodes().size() > 1;
        if (pipelinePod) {
            return List.of();
        }
        if (wiring.pipeline() && !"multus".equals(settings.pipelineLinks()) && !"switch".equals(node.type())) {
            return List.of();
        }
        return settings.multusNetworks();
    }

    private GenericKubernetesResource virtualMachine(DeploymentContext ctx, String ns, Wiring.PodPlan plan,
            Wiring wiring) {
        Node node = plan.nodes().get(0);
        requireImage(node);
        Map<String, String> extra = new TreeMap<>();
        extra.put(Names.ROLE, "sut");
        extra.put(Names.NODE, Names.labelValue(node.id()));
        plan.chain().ifPresent(k -> extra.put(Names.CHAIN, Integer.toString(k)));
        Map<String, Object> resources = new LinkedHashMap<>();
        Map<String, Object> requests = new LinkedHashMap<>();
        memory(node).ifPresent(q -> requests.put("memory", q.toString()));
        resources.put("requests", requests);
        Map<String, Object> domain = new LinkedHashMap<>();
        Cpu cpu = node.resources() == null ? null : node.resources().cpu();
        if (cpu != null && cpu.vcpus() != null) {
            Map<String, Object> cpuSpec = new LinkedHashMap<>();
            cpuSpec.put("cores", cpu.vcpus());
            if (pinned(node)) {
                cpuSpec.put("dedicatedCpuPlacement", true);
            }
            domain.put("cpu", cpuSpec);
        }
        domain.put("resources", resources);
        domain.put("devices", Map.of("disks", List.of(ordered("name", "root", "disk", Map.of("bus", "virtio")))));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("domain", domain);
        spec.put("hostname", plan.host());
        spec.put("subdomain", wiring.service());
        spec.put("networks", List.of(ordered("name", "default", "pod", Map.of())));
        spec.put("volumes", List.of(ordered("name", "root", "containerDisk", Map.of("image", node.image()))));
        if (!settings.sutNodeSelector().isEmpty()) {
            spec.put("nodeSelector", settings.sutNodeSelector());
        }
        spec.put("terminationGracePeriodSeconds", 1);
        return new GenericKubernetesResourceBuilder().withApiVersion(KubeVirt.API_VERSION).withKind(KubeVirt.KIND)
                .withMetadata(meta(ctx, ns, plan.podName(), extra)).addToAdditionalProperties("spec", spec).build();
    }

    /** A map in the order given, so the YAML is the same in every JVM. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private ResourceRequirements resources(Node node, Optional<String> hugepages) {
        ResourceRequirementsBuilder rb = new ResourceRequirementsBuilder();
        Cpu cpu = node.resources() == null ? null : node.resources().cpu();
        Optional<Quantity> memory = memory(node);
        boolean pinned = pinned(node);
        if (pinned && (cpu == null || cpu.vcpus() == null || memory.isEmpty())) {
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
        hugepages.ifPresent(h -> {
            rb.addToRequests("hugepages-2Mi", new Quantity(h));
            rb.addToLimits("hugepages-2Mi", new Quantity(h));
        });
        return rb.build();
    }

    static boolean pinned(Node node) {
        Cpu cpu = node.resources() == null ? null : node.resources().cpu();
        return cpu != null && cpu.pinning() != null && !NO.contains(cpu.pinning().trim().toLowerCase(Locale.ROOT));
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

    private Optional<String> hugepagesOf(Node node) {
        Optional<String> fromNode = node.workflow("create").flatMap(l -> l.parameter("hugepages-2Mi"));
        if (fromNode.isPresent()) {
            return fromNode;
        }
        return "sut".equals(node.role()) || node.role() == null ? settings.hugepages() : Optional.empty();
    }

    private static Optional<List<String>> start(Node node) {
        return node.workflow("start").map(Lifecycle::implementation).filter(l -> !l.isEmpty());
    }

    private static void requireImage(Node node) {
        if (node.image() == null || node.image().isBlank()) {
            throw new IllegalArgumentException("node " + node.id() + " has no image; the kubernetes environment runs"
                    + " every SUT node from a container image (set nodes[id='" + node.id() + "']/image, or the"
                    + " chains' nf/switch image)");
        }
    }

    private static boolean isVm(Node node) {
        return "vm".equalsIgnoreCase(node.format());
    }

    private List<ContainerPort> ports(Node node, Wiring wiring) {
        List<ContainerPort> out = new ArrayList<>();
        for (ConnectionPoint cp : node.connectionPoints()) {
            wiring.port(cp.id()).ifPresent(p -> out.add(new ContainerPortBuilder()
                    .withName(Names.dnsLabel("p" + p, 15)).withContainerPort(p).withProtocol("UDP").build()));
        }
        return out;
    }

    // ---------------------------------------------------------------- placement

    private Map<String, String> nodeSelector(Wiring.PodPlan plan, List<Policy> policies) {
        Map<String, String> out = new TreeMap<>(settings.sutNodeSelector());
        for (Policy p : policies) {
            if ("node-selector".equals(type(p)) && targets(p, plan)) {
                Map<String, String> sel = KubernetesSettings.selector(Map.of("policy " + p.name(),
                        p.action() == null ? "" : p.action()), "policy " + p.name());
                out.putAll(sel);
            }
        }
        return out;
    }

    private Affinity affinity(DeploymentContext ctx, Wiring.PodPlan plan, List<Policy> policies, Wiring wiring) {
        List<PodAffinityTerm> together = new ArrayList<>();
        List<PodAffinityTerm> apart = new ArrayList<>();
        for (Policy p : policies) {
            String type = type(p);
            if (!Set.of("affinity", "anti-affinity", "node-selector").contains(type)) {
                throw new IllegalArgumentException("policy " + p.name() + ": type '" + p.type()
                        + "' is not one of affinity, anti-affinity, node-selector");
            }
            if (type.equals("node-selector") || !targets(p, plan)) {
                continue;
            }
            String topologyKey = p.action() == null || p.action().isBlank() ? "kubernetes.io/hostname" : p.action();
            List<String> others = targetIds(p).stream().filter(t -> !plan.contains(t))
                    .map(t -> wiring.planOf(t).orElseThrow(() -> new IllegalArgumentException("policy " + p.name()
                            + " targets node " + t + ", which the scenario does not have")))
                    .map(o -> Names.labelValue(o.name())).distinct().sorted().toList();
            if (others.isEmpty()) {
                continue;
            }
            PodAffinityTerm term = new PodAffinityTermBuilder().withTopologyKey(topologyKey)
                    .withLabelSelector(new LabelSelectorBuilder().addToMatchLabels(Names.DEPLOYMENT, ctx.slug())
                            .addNewMatchExpression().withKey(Names.NODE).withOperator("In").withValues(others)
                            .endMatchExpression().build())
                    .build();
            (type.equals("affinity") ? together : apart).add(term);
        }
        if (plan.chain().isPresent() && plan.nodes().size() == 1 && wiring(plan)) {
            together.add(new PodAffinityTermBuilder().withTopologyKey("kubernetes.io/hostname")
                    .withLabelSelector(new LabelSelectorBuilder().addToMatchLabels(Names.DEPLOYMENT, ctx.slug())
                            .addToMatchLabels(Names.CHAIN, Integer.toString(plan.chain().get())).build())
                    .build());
        }
        if (together.isEmpty() && apart.isEmpty()) {
            return null;
        }
        AffinityBuilder ab = new AffinityBuilder();
        if (!together.isEmpty()) {
            ab.withNewPodAffinity().withRequiredDuringSchedulingIgnoredDuringExecution(together).endPodAffinity();
        }
        if (!apart.isEmpty()) {
            ab.withNewPodAntiAffinity().withRequiredDuringSchedulingIgnoredDuringExecution(apart)
                    .endPodAntiAffinity();
        }
        return ab.build();
    }

    /** Pipeline NFs joined through Multus must share a node (memif and host-local links are node-local). */
    private boolean wiring(Wiring.PodPlan plan) {
        return plan.pipelineMember() && "multus".equals(settings.pipelineLinks());
    }

    private Affinity awayFromSut(DeploymentContext ctx) {
        LabelSelector sut = new LabelSelectorBuilder().addToMatchLabels(Names.DEPLOYMENT, ctx.slug())
                .addToMatchLabels(Names.ROLE, "sut").build();
        return new AffinityBuilder().withNewPodAntiAffinity().withPreferredDuringSchedulingIgnoredDuringExecution(
                new WeightedPodAffinityTermBuilder().withWeight(100).withNewPodAffinityTerm()
                        .withTopologyKey("kubernetes.io/hostname").withLabelSelector(sut).endPodAffinityTerm()
                        .build())
                .endPodAntiAffinity().build();
    }

    private static String type(Policy p) {
        return p.type() == null ? "" : p.type().trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> targetIds(Policy p) {
        return KubernetesSettings.list(p.targets());
    }

    private static boolean targets(Policy p, Wiring.PodPlan plan) {
        return targetIds(p).stream().anyMatch(plan::contains);
    }

    // ---------------------------------------------------------------- namespace-wide objects

    private NetworkPolicy networkPolicy(DeploymentContext ctx, String ns, String prefix) {
        LabelSelector own = new LabelSelectorBuilder().withMatchLabels(selector(ctx)).build();
        NetworkPolicyPeer peers = new NetworkPolicyPeerBuilder().withPodSelector(own).build();
        NetworkPolicyPeer dns = new NetworkPolicyPeerBuilder().withNewNamespaceSelector()
                .addToMatchLabels("kubernetes.io/metadata.name", "kube-system").endNamespaceSelector().build();
        return new NetworkPolicyBuilder().withMetadata(meta(ctx, ns, prefix + "benchmark-traffic", Map.of()))
                .withNewSpec().withPodSelector(own).withPolicyTypes("Ingress", "Egress")
                .addNewIngress().withFrom(peers).endIngress()
                .addNewEgress().withTo(peers).endEgress()
                .addNewEgress().withTo(dns).withPorts(
                        new NetworkPolicyPortBuilder().withProtocol("UDP").withPort(new IntOrString(53)).build(),
                        new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(53)).build())
                .endEgress()
                .endSpec().build();
    }

    private Service service(DeploymentContext ctx, String ns, String prefix) {
        return new ServiceBuilder().withMetadata(meta(ctx, ns, prefix + SERVICE, Map.of()))
                .withNewSpec().withClusterIP("None").withPublishNotReadyAddresses(true)
                .withSelector(selector(ctx)).endSpec().build();
    }

    /** One UDP port per chain (20000 + k), routed to the first agent's prober pods of this deployment. */
    private Optional<Service> sinkService(DeploymentContext ctx, String ns, String prefix, String agent,
            Wiring wiring) {
        List<io.fabric8.kubernetes.api.model.ServicePort> ports = new ArrayList<>();
        for (String cp : new java.util.TreeSet<>(wiring.ports().keySet())) {
            Matcher m = CHAIN_END.matcher(cp);
            if (m.matches() && m.group(2).equals("egress")) {
                int port = SINK_PORT + Integer.parseInt(m.group(1));
                ports.add(new io.fabric8.kubernetes.api.model.ServicePortBuilder().withName("c" + m.group(1))
                        .withProtocol("UDP").withPort(port).withNewTargetPort(port).build());
            }
        }
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        ports.sort(java.util.Comparator.comparingInt(io.fabric8.kubernetes.api.model.ServicePort::getPort));
        Map<String, String> selector = selector(ctx);
        selector.put(Names.ROLE, "agent");
        selector.put(Names.NODE, Names.labelValue(agent));
        return Optional.of(new ServiceBuilder().withMetadata(meta(ctx, ns, prefix + SINK, Map.of()))
                .withNewSpec().withSelector(selector).withPorts(ports).endSpec().build());
    }

    private ObjectMeta meta(DeploymentContext ctx, String ns, String name, Map<String, String> extraLabels) {
        Map<String, String> labels = labels(ctx);
        labels.putAll(extraLabels);
        Map<String, String> annotations = new TreeMap<>();
        annotations.put(Names.LEASE_UNTIL, ctx.leaseUntil().toString());
        annotations.put(Names.TEST_KEY_FULL, ctx.testKey());
        return new ObjectMetaBuilder().withName(name).withNamespace(ns).withLabels(labels)
                .withAnnotations(annotations).build();
    }

    private List<LocalObjectReference> pullSecrets() {
        return settings.imagePullSecrets().stream().map(LocalObjectReference::new).toList();
    }

    private static boolean isPipelineInOnePod(Scenario scenario) {
        Chains chains = scenario.chains();
        return chains != null && "pipeline".equalsIgnoreCase(chains.topology());
    }

    // ---------------------------------------------------------------- wiring

    /**
     * Which node runs in which pod, and the address of every connection point: a UDP port on the pod's DNS name on
     * the cluster network, or 127.0.0.1 inside a pipeline pod.
     */
    record Wiring(List<PodPlan> pods, Map<String, String> cpNode, Map<String, String> peer,
            Map<String, Integer> ports, Map<String, String> linkOf, String service, boolean pipeline, String sink) {

        record PodPlan(String podName, String host, List<Node> nodes, Optional<Integer> chain,
                boolean pipelineMember) {
            boolean contains(String nodeId) {
                return nodes.stream().anyMatch(n -> n.id().equals(nodeId));
            }

            String name() {
                return nodes.size() == 1 ? nodes.get(0).id() : podName;
            }
        }

        static Wiring of(Scenario scenario, boolean pipeline, String service, String prefix, String sink) {
            Map<String, String> cpNode = new LinkedHashMap<>();
            for (Node n : scenario.nodes()) {
                for (ConnectionPoint cp : n.connectionPoints()) {
                    String previous = cpNode.put(cp.id(), n.id());
                    if (previous != null) {
                        throw new IllegalArgumentException("connection point " + cp.id() + " belongs to both node "
                                + previous + " and node " + n.id());
                    }
                }
            }
            Map<String, String> peer = new LinkedHashMap<>();
            Map<String, String> linkOf = new LinkedHashMap<>();
            for (Link link : scenario.links()) {
                List<String> cps = link.connectionPoints();
                for (String cp : cps) {
                    if (!cpNode.containsKey(cp)) {
                        throw new IllegalArgumentException("link " + link.id() + " names connection point " + cp
                                + ", which no node declares");
                    }
                }
                if (cps.size() == 2) {
                    peer.put(cps.get(0), cps.get(1));
                    peer.put(cps.get(1), cps.get(0));
                    linkOf.put(cps.get(0), link.id());
                    linkOf.put(cps.get(1), link.id());
                } else if (cps.size() > 2) {
                    throw new IllegalArgumentException("link " + link.id() + " joins " + cps.size()
                            + " connection points; the kubernetes environment wires point-to-point links only"
                            + " (put a switch node in between)");
                }
            }
            // group nodes into pods
            Map<String, List<Node>> groups = new LinkedHashMap<>();
            Map<String, Integer> chainOf = new LinkedHashMap<>();
            Map<String, Boolean> member = new LinkedHashMap<>();
            for (Node n : scenario.nodes()) {
                if (n.role() != null && Set.of("agent", "monitor", "manager").contains(n.role())) {
                    continue; // agent/monitor hosts: their probers and listeners run in pods of their own
                }
                Matcher m = CHAIN_NF.matcher(n.id());
                Optional<Integer> chain = m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
                String key = pipeline && chain.isPresent() && !"vm".equalsIgnoreCase(n.format())
                        ? "c" + chain.get() : n.id();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                chain.ifPresent(c -> chainOf.put(key, c));
                member.put(key, pipeline && chain.isPresent());
            }
            List<PodPlan> pods = new ArrayList<>();
            Map<String, String> podOfNode = new LinkedHashMap<>();
            for (Map.Entry<String, List<Node>> g : groups.entrySet()) {
                String host = Names.dnsLabel(g.getKey(), 63);
                pods.add(new PodPlan(Names.dnsLabel(prefix + g.getKey(), 63), host, List.copyOf(g.getValue()),
                        Optional.ofNullable(chainOf.get(g.getKey())), member.get(g.getKey())));
                g.getValue().forEach(n -> podOfNode.put(n.id(), host));
            }
            // ports: per pod, in node then connection-point order
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (PodPlan p : pods) {
                int next = FIRST_PORT;
                for (Node n : p.nodes()) {
                    for (ConnectionPoint cp : n.connectionPoints()) {
                        ports.put(cp.id(), next++);
                    }
                }
            }
            Map<String, String> hostOfCp = new LinkedHashMap<>();
            cpNode.forEach((cp, node) -> {
                String host = podOfNode.get(node);
                if (host != null) {
                    hostOfCp.put(cp, host);
                }
            });
            return new Wiring(List.copyOf(pods), hostOfCp, peer, ports, linkOf, service, pipeline, sink);
        }

        /** Where traffic leaving a connection point goes: its link peer, or the agent's sink for a chain egress. */
        Optional<String> peerAddress(String cp) {
            String other = peer.get(cp);
            String host = cpNode.get(cp);
            if (other != null) {
                String otherHost = cpNode.get(other);
                boolean samePod = otherHost != null && otherHost.equals(host);
                return Optional.of((samePod ? "127.0.0.1" : otherHost + "." + service) + ":" + ports.get(other));
            }
            Matcher end = CHAIN_END.matcher(cp);
            if (end.matches() && end.group(2).equals("egress")) {
                return Optional.of(sink + ":" + (SINK_PORT + Integer.parseInt(end.group(1))));
            }
            return Optional.empty();
        }

        Optional<PodPlan> planOf(String nodeId) {
            return pods.stream().filter(p -> p.contains(nodeId)).findFirst();
        }

        Optional<Integer> port(String cp) {
            return Optional.ofNullable(ports.get(cp));
        }

        /** Connection point → host:port for every SUT connection point, and chain-end sinks for probers. */
        Map<String, String> endpoints() {
            Map<String, String> out = new TreeMap<>();
            ports.forEach((cp, port) -> out.put(cp, cpNode.get(cp) + "." + service + ":" + port));
            return out;
        }

        List<EnvVar> env(Node node, boolean memif) {
            List<String> listen = new ArrayList<>();
            List<String> peers = new ArrayList<>();
            List<String> memifs = new ArrayList<>();
            String host = cpNode.get(node.connectionPoints().isEmpty() ? "" : node.connectionPoints().get(0).id());
            for (ConnectionPoint cp : node.connectionPoints()) {
                listen.add(cp.id() + "=" + ports.get(cp.id()));
                String other = peer.get(cp.id());
                if (other != null) {
                    String otherHost = cpNode.get(other);
                    boolean samePod = otherHost != null && otherHost.equals(host);
                    if (samePod && memif) {
                        String role = cp.id().endsWith("-out") ? "master" : "slave";
                        memifs.add(cp.id() + "=" + role + ":" + MEMIF_DIR + "/" + Names.dnsLabel(linkOf.get(cp.id()),
                                63) + ".sock");
                    } else {
                        peers.add(cp.id() + "=" + (samePod ? "127.0.0.1" : otherHost + "." + service) + ":"
                                + ports.get(other));
                    }
                } else {
                    Matcher end = CHAIN_END.matcher(cp.id());
                    if (end.matches() && end.group(2).equals("egress")) {
                        // the chain's egress goes to the traffic sink of the agent (see docs/kubernetes.md)
                        peers.add(cp.id() + "=" + sink + ":" + (SINK_PORT + Integer.parseInt(end.group(1))));
                    }
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
}
