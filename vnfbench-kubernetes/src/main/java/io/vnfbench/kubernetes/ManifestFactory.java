package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.plan.ChainLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pure translation of a VNF-BD instance into Kubernetes objects: no client, no clock, no randomness, so the same
 * input always gives the same YAML (the golden files under src/test/resources/golden prove it). It reads the
 * planner's {@link ChainLayout} for chain membership; {@link Wiring} places nodes in pods and addresses them,
 * {@link Placement} schedules them, {@link SutContainers} builds their containers. See docs/kubernetes.md.
 */
public final class ManifestFactory {

    /** The headless Service that gives SUT and agent pods DNS names {@code <host>.<service>}. */
    static final String SERVICE = "sut";
    /** The ClusterIP Service chain egress traffic goes to: it resolves before any agent pod exists. */
    static final String SINK = "sink";
    static final int SINK_PORT = Wiring.SINK_PORT;
    /** Pod Security level of namespaces whose pods ask for no privileges. */
    static final String RESTRICTED = "restricted";
    /** The vnfbench image's user (nobody), so "runAsNonRoot" can be checked without reading the image. */
    static final long NOBODY = 65534L;

    private final KubernetesSettings settings;

    public ManifestFactory(KubernetesSettings settings) {
        this.settings = settings;
    }

    /** The namespace a deployment lives in. */
    public String namespace(DeploymentContext ctx) {
        return settings.sharedNamespace() ? settings.namespace()
                : Names.dnsLabel(settings.namespacePrefix() + "-" + ctx.slug(), 63);
    }

    /**
     * The prefix of every object name in shared-namespace mode: it starts with a letter, so Service names stay
     * DNS-1035 labels whatever the run id (run ids are random hex and often start with a digit).
     */
    String objectPrefix(DeploymentContext ctx) {
        return settings.sharedNamespace() ? "vnfb-" + ctx.slug() + "-" : "";
    }

    /** Labels every object of the deployment carries (the recommended app.kubernetes.io set and vnfbench's own). */
    public Map<String, String> labels(DeploymentContext ctx) {
        Map<String, String> l = new TreeMap<>();
        l.put(Names.MANAGED_BY, Names.MANAGER);
        l.put(Names.APP_NAME, Names.MANAGER);
        l.put(Names.APP_INSTANCE, ctx.slug());
        l.put(Names.APP_PART_OF, Names.MANAGER);
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
        String prefix = objectPrefix(ctx);
        Meta meta = new Meta(ctx, ns);
        String sinkAgent = instance.proceedings() == null || instance.proceedings().agents().isEmpty() ? "tg"
                : instance.proceedings().agents().get(0).uuid();
        Optional<ChainLayout> layout = ChainLayout.of(scenario);
        if (KubernetesSettings.IP.equals(settings.dataPlane())) {
            return ipDeployment(ctx, ns, prefix, meta, scenario, layout);
        }
        MultusAddresses multus = new MultusAddresses(settings.multusNetworks());
        // with pipeline-links=multus a pipeline's NFs get pods of their own, joined by Multus networks
        Wiring wiring = Wiring.of(scenario, layout, !"multus".equals(settings.pipelineLinks()), prefix + SERVICE,
                prefix, prefix + SINK, multus);
        Placement placement = new Placement(settings, scenario.policies(), wiring, ctx.slug());
        SutContainers containers = new SutContainers(settings, wiring, multus);

        List<Pod> pods = new ArrayList<>();
        List<ConfigMap> configMaps = new ArrayList<>();
        boolean privileged = false;
        for (Wiring.PodPlan plan : wiring.pods()) {
            Pod pod = sutPod(meta, plan, wiring, placement, containers, configMaps);
            privileged |= plan.nodes().stream().anyMatch(SutContainers::asksPrivileges);
            pods.add(pod);
        }
        // Pod Security admission enforces what the pods need and no more
        Optional<Namespace> namespace = namespace(ctx, ns, privileged);
        Optional<ConfigMap> anchor = anchor(ctx, prefix, meta);
        Map<String, String> sinkSelector = selector(ctx);
        sinkSelector.put(Names.ROLE, "agent");
        sinkSelector.put(Names.NODE, Names.labelValue(sinkAgent));
        return new TestManifests(ns, namespace, anchor,
                NamespaceObjects.networkPolicy(meta, prefix + "benchmark-traffic", selector(ctx)),
                NamespaceObjects.headless(meta, prefix + SERVICE, selector(ctx)),
                NamespaceObjects.sink(meta, prefix + SINK, sinkSelector, wiring.sinkPorts()), pods,
                multus.networkNames(), wiring.endpoints(), prefix + SINK, layout, configMaps, TestManifests.Ip.none());
    }

    /** The Test's own namespace, labelled for Pod Security admission; none in shared-namespace mode. */
    private Optional<Namespace> namespace(DeploymentContext ctx, String ns, boolean privileged) {
        if (settings.sharedNamespace()) {
            return Optional.empty();
        }
        ObjectMeta m = new Meta(ctx, null).of(ns, Map.of());
        m.getLabels().put("pod-security.kubernetes.io/enforce", privileged ? "privileged" : RESTRICTED);
        return Optional.of(new NamespaceBuilder().withMetadata(m).build());
    }

    /** In shared-namespace mode, the ConfigMap that marks the Test's objects (their owner); none otherwise. */
    private Optional<ConfigMap> anchor(DeploymentContext ctx, String prefix, Meta meta) {
        if (!settings.sharedNamespace()) {
            return Optional.empty();
        }
        return Optional.of(new ConfigMapBuilder().withMetadata(meta.of(prefix + "anchor", Map.of(Names.ANCHOR,
                "true"))).addToData("testKey", ctx.testKey()).addToData("runId", ctx.runId()).build());
    }

    /** The ip data plane: NADs per segment, every pod with its interfaces, privileged network set-up per pod. */
    private TestManifests ipDeployment(DeploymentContext ctx, String ns, String prefix, Meta meta, Scenario scenario,
            Optional<ChainLayout> layout) {
        IpDataPlane.Objects ip = new IpDataPlane(settings, meta, prefix, ctx.slug(), prefix + SERVICE)
                .build(scenario);
        // the pods' network set-up runs privileged (sysctls, routes): Pod Security "privileged"
        Optional<Namespace> namespace = namespace(ctx, ns, true);
        Optional<ConfigMap> anchor = anchor(ctx, prefix, meta);
        Map<String, String> endpoints = new TreeMap<>();
        for (var i : ip.layout().plan().interfaces()) {
            if (i.connectionPoint() != null && i.ip() != null) {
                endpoints.put(i.connectionPoint(), i.ip());
            }
        }
        return new TestManifests(ns, namespace, anchor,
                NamespaceObjects.networkPolicy(meta, prefix + "benchmark-traffic", selector(ctx)),
                NamespaceObjects.headless(meta, prefix + SERVICE, selector(ctx)), Optional.empty(), ip.sutPods(),
                List.of(), endpoints, "", layout, ip.configMaps(), new TestManifests.Ip(ip.networks(),
                        ip.trafficPods(), Optional.of(ip.layout())));
    }

    private Pod sutPod(Meta meta, Wiring.PodPlan plan, Wiring wiring, Placement placement, SutContainers sut,
            List<ConfigMap> configMaps) {
        Map<String, String> extra = new TreeMap<>();
        extra.put(Names.ROLE, "sut");
        extra.put(Names.NODE, Names.labelValue(plan.name()));
        extra.put(Names.APP_COMPONENT, plan.nodes().size() > 1 ? "pipeline"
                : Names.labelValue(plan.nodes().get(0).type() == null ? "nf" : plan.nodes().get(0).type()));
        plan.chain().ifPresent(k -> extra.put(Names.CHAIN, Integer.toString(k)));
        boolean hugepages = plan.nodes().stream().anyMatch(n -> sut.hugepages(n).isPresent());
        List<Container> containers = new ArrayList<>();
        List<String> interfaces = new ArrayList<>();
        List<Volume> volumes = new ArrayList<>();
        for (io.vnfbench.engine.model.Node node : plan.nodes()) {
            containers.add(sut.container(node, plan, hugepages && sut.hugepages(node).isPresent(), interfaces, meta,
                    volumes, configMaps));
        }
        if (hugepages) {
            volumes.add(new VolumeBuilder().withName("hugepages").withNewEmptyDir().withMedium("HugePages")
                    .endEmptyDir().build());
        }
        if (sut.memif(plan)) {
            volumes.add(new VolumeBuilder().withName("memif").withNewEmptyDir().withMedium("Memory").endEmptyDir()
                    .build());
        }
        ObjectMeta m = meta.of(plan.podName(), extra);
        m.getAnnotations().put("sidecar.istio.io/inject", "false");
        if (!interfaces.isEmpty()) {
            m.getAnnotations().put("k8s.v1.cni.cncf.io/networks", "[" + String.join(",", interfaces) + "]");
        }
        boolean privileged = plan.nodes().stream().anyMatch(SutContainers::asksPrivileges);
        return new PodBuilder().withMetadata(m)
                .withNewSpec().withRestartPolicy("Never")
                .withActiveDeadlineSeconds(settings.timeouts().podDeadline().toSeconds())
                .withTerminationGracePeriodSeconds(1L).withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false).withHostname(plan.host()).withSubdomain(wiring.service())
                .withSecurityContext(privileged ? null : restricted())
                .withNodeSelector(placement.nodeSelector(plan)).withImagePullSecrets(pullSecrets())
                .withAffinity(placement.affinity(plan)).withContainers(containers).withVolumes(volumes)
                .endSpec().build();
    }

    /** The pod-level half of Pod Security "restricted": non-root, the runtime's default seccomp profile. */
    static PodSecurityContext restricted() {
        return new PodSecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(NOBODY).withRunAsGroup(NOBODY)
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build();
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
        String prefix = objectPrefix(ctx);
        String name = Names.dnsLabel(prefix + hostId + "-" + purpose + "-t" + trial, 63);
        Map<String, String> extra = new TreeMap<>();
        extra.put(Names.ROLE, role);
        extra.put(Names.NODE, Names.labelValue(hostId));
        extra.put(Names.TRIAL, Long.toString(trial));
        extra.put(Names.APP_COMPONENT, role.equals("agent") ? "prober" : "listener");
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar("VNFBENCH_BEGIN", PodCommands.begin(marker), null));
        env.add(new EnvVar("VNFBENCH_END", PodCommands.endPrefix(marker), null));
        new TreeMap<>(extraEnv).forEach((k, v) -> env.add(new EnvVar(k, v, null)));
        ContainerBuilder cb = new ContainerBuilder().withName("tool").withImage(image)
                .withEnv(env).withTerminationMessagePath("/dev/termination-log")
                .withTerminationMessagePolicy("File")
                .withSecurityContext(SutContainers.securityContext(new io.vnfbench.engine.model.Node(hostId, null,
                        image, null, role, null, List.of(), List.of(), List.of())))
                .withResources(new ResourceRequirementsBuilder().addToRequests("cpu", new Quantity("1"))
                        .addToRequests("memory", new Quantity("256Mi")).addToLimits("memory", new Quantity("1Gi"))
                        .build());
        if (background) {
            cb.withCommand(argv);
        } else {
            cb.withCommand("sh", "-c", PodCommands.WRAPPER, "vnfbench-command").withArgs(argv);
        }
        return new PodBuilder().withMetadata(new Meta(ctx, ns).of(name, extra))
                .withNewSpec().withRestartPolicy("Never").withActiveDeadlineSeconds(deadlineSeconds)
                .withTerminationGracePeriodSeconds(1L).withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false).withHostname(Names.dnsLabel(hostId, 63))
                .withSubdomain(prefix + SERVICE).withSecurityContext(restricted())
                .withNodeSelector(settings.trafficNodeSelector()).withImagePullSecrets(pullSecrets())
                .withAffinity(Placement.awayFromSut(ctx.slug())).withContainers(cb.build())
                .endSpec().build();
    }

    private List<LocalObjectReference> pullSecrets() {
        return settings.imagePullSecrets().stream().map(LocalObjectReference::new).toList();
    }

    /** Metadata of an object the environment adds to a deployment (e.g. a copied NetworkAttachmentDefinition). */
    ObjectMeta meta(DeploymentContext ctx, String namespace, String name) {
        return new Meta(ctx, namespace).of(name, Map.of());
    }

    /** Object metadata of one deployment: its labels, the lease and the full test key. */
    final class Meta {
        private final DeploymentContext ctx;
        private final @CheckForNull String namespace;

        Meta(DeploymentContext ctx, @CheckForNull String namespace) {
            this.ctx = ctx;
            this.namespace = namespace;
        }

        ObjectMeta of(String name, Map<String, String> extraLabels) {
            Map<String, String> labels = labels(ctx);
            labels.putAll(extraLabels);
            Map<String, String> annotations = new TreeMap<>();
            annotations.put(Names.LEASE_UNTIL, ctx.leaseUntil().toString());
            annotations.put(Names.TEST_KEY_FULL, ctx.testKey());
            return new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels)
                    .withAnnotations(annotations).build();
        }
    }
}
