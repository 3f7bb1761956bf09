package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.env.local.NamespacePlan;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Policy;
import io.vnfbench.engine.model.Resources;
import io.vnfbench.engine.model.VnfBd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code data-plane: ip} manifests of user CNFs and built-in routers against committed YAML, and the wiring they
 * carry: a NetworkAttachmentDefinition per link, every interface of the namespace plan asked for with its name, MAC and
 * static address, the privileged network set-up, the CNF contract's placeholders resolved. Regenerate deliberately
 * with {@code -Dvnfbench.golden.update=true -Dtest=ManifestFactoryIpGoldenTest} and review the diff.
 */
class ManifestFactoryIpGoldenTest {

    static final String CNF_IMAGE = "registry.example/cnf/nft-firewall:1";

    /** A user CNF asking for everything a node can ask for. */
    static Node cnf() {
        return new Node(null, "nf", CNF_IMAGE, "container", "sut",
                new Resources(new Cpu(1L, null, "exclusive"), new Memory(256L, "MiB"), null), List.of(), List.of(),
                List.of(new Lifecycle("create", null, List.of(new Parameter("capabilities", "NET_ADMIN"),
                                new Parameter("hugepages-2Mi", "64Mi")), List.of()),
                        new Lifecycle("configure", null, List.of(new Parameter("ip_forward", "1"),
                                new Parameter("rules.nft", "table inet fw { chain f { type filter hook forward"
                                        + " priority 0; iifname \"{in.ifname}\" udp dport {udp_port} accept; } }")),
                                List.of()),
                        new Lifecycle("start", null, List.of(new Parameter("command", "[\"/usr/local/bin/fw\"]"),
                                new Parameter("env.FW_NEXT_HOP", "{out.peer_ip}"),
                                new Parameter("env.FW_SINK", "{sink_ip}")),
                                List.of("--in", "{in.ifname}", "--out", "{out.ifname}", "--peer", "{out.peer_ip}"))));
    }

    static Node router() {
        return new Node(null, "nf", "builtin/router", "container", "sut", null, List.of(), List.of(), List.of());
    }

    static Node builtinSwitch() {
        return new Node(null, "switch", "builtin/switch", "container", "sut", null, List.of(), List.of(), List.of());
    }

    static VnfBd cell(String topology, int chains, int nfs, Node nf, List<Policy> policies) {
        return ChainFixtures.cnfTestbed(topology, chains, nfs, nf, builtinSwitch(), policies);
    }

    static KubernetesSettings ip() {
        return KubernetesSettings.fromParameters(Map.of("data-plane", "ip", "vnfbench-image",
                "registry.example/vnfbench:0.1.0"));
    }

    @ParameterizedTest(name = "{0} {1}x{2} {3}")
    @CsvSource({"snake,1,2,cnf", "pipeline,2,2,cnf", "snake,1,1,router", "pipeline,1,2,router"})
    void shouldWireEveryInterfaceOfThePlanAndMatchGoldenManifests(String topology, int chains, int nfs, String kind)
            throws IOException {
        // given
        Node nf = kind.equals("cnf") ? cnf() : router();
        VnfBd bd = cell(topology, chains, nfs, nf, List.of(new Policy("switch-node", "node-selector", "sw",
                "vnfbench.io/switch=true")));
        DeploymentContext ctx = new DeploymentContext("golden-run", "i0", 1, "chains=" + chains + ",nfs=" + nfs
                + ",topology=" + topology, ManifestFactoryGoldenTest.CTX.leaseUntil());

        // when
        TestManifests m = new ManifestFactory(ip()).deployment(ctx, bd);

        // then: one pod per NF, the switch, the generator and the sink; a NAD per link
        IpLayout layout = m.ip().layout().orElseThrow();
        NamespacePlan plan = layout.plan();
        assertThat(m.sutPods()).hasSize(chains * nfs + 1);
        assertThat(m.ip().trafficPods()).extracting(p -> p.getMetadata().getName())
                .containsExactlyInAnyOrder("vnfb-generator", "vnfb-sink");
        assertThat(m.ip().networks()).hasSize(plan.veths().size());
        assertThat(m.namespaceObject().orElseThrow().getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "privileged");
        Set<String> nads = m.ip().networks().stream().map(n -> n.getMetadata().getName()).collect(Collectors.toSet());
        Set<String> bridges = new HashSet<>();
        for (GenericKubernetesResource nad : m.ip().networks()) {
            Map<?, ?> config = Serialization.unmarshal((String) ((Map<?, ?>) nad.getAdditionalProperties()
                    .get("spec")).get("config"), Map.class);
            assertThat(config.get("type")).isEqualTo("bridge");
            assertThat((String) config.get("bridge")).hasSizeLessThanOrEqualTo(15);
            bridges.add((String) config.get("bridge"));
        }
        assertThat(bridges).as("a bridge per segment").hasSize(nads.size());
        // then: every interface of the plan is asked for by its pod, on a NAD of the Test, with its address
        for (Pod pod : m.pods()) {
            List<Map<?, ?>> networks = networks(pod);
            String ns = layout.pods().entrySet().stream().filter(e -> e.getValue().equals(pod.getMetadata()
                    .getName())).findFirst().orElseThrow().getKey();
            List<NamespacePlan.Interface> own = plan.interfaces().stream().filter(i -> i.namespace().equals(ns))
                    .toList();
            assertThat(networks).hasSize(own.size());
            for (NamespacePlan.Interface i : own) {
                Map<?, ?> a = networks.stream().filter(n -> n.get("interface").equals(i.name())).findFirst()
                        .orElseThrow();
                assertThat(nads).contains((String) a.get("name"));
                assertThat(a.get("mac")).isEqualTo(i.mac());
                assertThat(a.get("ips")).isEqualTo(i.ip() == null ? null : List.of(i.cidr()));
            }
            Container init = pod.getSpec().getInitContainers().get(0);
            assertThat(init.getName()).isEqualTo(IpDataPlane.NET_INIT);
            assertThat(init.getSecurityContext().getPrivileged()).isTrue();
            assertThat(init.getCommand()).contains("net/ipv4/ip_forward");
            // all pods share the generator's node: its segments are bridges of one node
            if (!ns.equals(NamespacePlan.GENERATOR)) {
                assertThat(pod.getSpec().getAffinity().getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                        .get(0).getLabelSelector().getMatchLabels()).containsEntry(Names.NODE, "vnfb-generator");
            }
        }
        Pod sw = pod(m, "sw");
        assertThat(sw.getSpec().getNodeSelector()).containsEntry("vnfbench.io/switch", "true");
        assertThat(sw.getSpec().getInitContainers().get(0).getCommand()).contains("link add xc1 type bridge");
        if (kind.equals("cnf")) {
            Pod c1n1 = pod(m, "c1n1");
            Container cnf = c1n1.getSpec().getContainers().get(0);
            NamespacePlan.Interface in = plan.interfaceOf("c1n1-in").orElseThrow();
            NamespacePlan.Interface out = plan.interfaceOf("c1n1-out").orElseThrow();
            String peer = plan.neighboursOf(out).get(0).ip();
            assertThat(cnf.getImage()).isEqualTo(CNF_IMAGE);
            assertThat(cnf.getCommand()).containsExactly("/usr/local/bin/fw");
            assertThat(cnf.getArgs()).containsExactly("--in", in.name(), "--out", out.name(), "--peer", peer);
            assertThat(cnf.getEnv()).extracting(EnvVar::getName, EnvVar::getValue).contains(
                    org.assertj.core.groups.Tuple.tuple("FW_NEXT_HOP", peer),
                    org.assertj.core.groups.Tuple.tuple("FW_SINK", plan.chains().get(0).sink().ip()),
                    org.assertj.core.groups.Tuple.tuple("VNFBENCH_IN_IFNAME", in.name()),
                    org.assertj.core.groups.Tuple.tuple("VNFBENCH_OUT_PEER_IP", peer),
                    org.assertj.core.groups.Tuple.tuple("VNFBENCH_CONFIG_DIR", IpDataPlane.CONFIG_DIR));
            assertThat(cnf.getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_ADMIN");
            assertThat(cnf.getResources().getLimits()).containsKeys("cpu", "memory", "hugepages-2Mi")
                    .isEqualTo(cnf.getResources().getRequests());
            assertThat(m.configMaps()).anySatisfy(cm -> assertThat(cm.getData().get("rules.nft"))
                    .contains("iifname \"" + in.name() + "\" udp dport 9000 accept"));
        } else {
            Container idle = pod(m, "c1n1").getSpec().getContainers().get(0);
            assertThat(idle.getCommand()).containsExactly("sleep", "infinity");
            assertThat(idle.getSecurityContext().getRunAsNonRoot()).isTrue();
        }

        // then: byte for byte
        String yaml = ManifestFactoryGoldenTest.toYaml(m.all());
        Path file = ManifestFactoryGoldenTest.GOLDEN.resolve("ip-" + kind + "-" + topology + "-c" + chains + "-n"
                + nfs + ".yaml");
        if (Boolean.getBoolean("vnfbench.golden.update")) {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; regenerate with -Dvnfbench.golden.update=true").exists();
        assertThat(yaml).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseWhatTheIpDataPlaneCannotRunNamingTheNode() {
        ManifestFactory factory = new ManifestFactory(ip());
        DeploymentContext ctx = ManifestFactoryGoldenTest.CTX;
        Node unknown = new Node(null, "nf", CNF_IMAGE, "container", "sut", null, List.of(), List.of(),
                List.of(new Lifecycle("start", null, List.of(), List.of("--in", "{eth7.ifname}"))));
        assertThatThrownBy(() -> factory.deployment(ctx, cell("snake", 1, 1, unknown, List.of())))
                .hasMessageContaining("node c1n1").hasMessageContaining("unknown placeholder {eth7.ifname}");
        Node forwarder = new Node(null, "nf", "builtin/forwarder", "container", "sut", null, List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> factory.deployment(ctx, cell("snake", 1, 1, forwarder, List.of())))
                .hasMessageContaining("node c1n1").hasMessageContaining("builtin/router");
        assertThatThrownBy(() -> factory.deployment(ctx, cell("snake", 1, 1, router(), List.of(
                new Policy("apart", "anti-affinity", "c1n1 sw", null)))))
                .hasMessageContaining("policy apart").hasMessageContaining("one node");
    }

    static List<Map<?, ?>> networks(Pod pod) {
        String json = pod.getMetadata().getAnnotations().get("k8s.v1.cni.cncf.io/networks");
        return Serialization.unmarshal(json, List.class).stream().map(o -> (Map<?, ?>) o).toList();
    }

    static Pod pod(TestManifests m, String name) {
        return m.pods().stream().filter(p -> p.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }
}
