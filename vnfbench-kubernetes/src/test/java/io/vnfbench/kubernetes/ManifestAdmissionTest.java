package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.Plan;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest the factory generates, checked the way an API server, Pod Security admission and kube-scheduler
 * would ({@link AdmissionRules}, {@link SchedulingRules}): the examples' every planned instance, the 32 CNF Testbed
 * cells and the shared-namespace, Multus and memif variants, for generated run ids (those starting with a digit too).
 */
class ManifestAdmissionTest {

    /** Run ids as the provider generates them, one starting with a digit, one with a letter, and a fresh one. */
    static final List<String> RUN_IDS = List.of("3f2a9c1b", "b07c44e1", KubernetesEnvironmentProvider.newRunId());

    static Stream<Arguments> examples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String example : List.of("examples/k8s-cnf-testbed.yaml", "examples/cnf-testbed-matrix.yaml")) {
            VnfBr br = Documents.read(VnfbenchTestImage.repositoryRoot().resolve(example), VnfBr.class).value();
            Map<String, String> parameters = new HashMap<>();
            if (br.environment().orchestrator().type().equals("kubernetes")) {
                br.environment().orchestrator().parameters().forEach(p -> parameters.put(p.input(), p.value()));
            }
            Plan plan = Planner.plan(br, new PlanOptions(1000));
            for (PlannedInstance i : plan.instances()) {
                if (i.status() == PlannedInstance.Status.PLANNED) {
                    out.add(Arguments.of(example, i.id() + " " + i.testKey(), parameters, i.vnfbd()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void shouldAdmitAndScheduleEveryManifestOfTheExamples(String example, String instance,
            Map<String, String> parameters, VnfBd bd) {
        for (String runId : RUN_IDS) {
            for (Map<String, String> mode : List.of(Map.<String, String>of(), Map.of("namespace", "bench"))) {
                Map<String, String> p = new HashMap<>(parameters);
                p.putAll(mode);
                assertAdmitted(KubernetesSettings.fromParameters(p), runId, bd);
            }
        }
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("snake", Map.of()),
                Arguments.of("pipeline", Map.of()),
                Arguments.of("snake", Map.of("namespace", "shared-bench")),
                Arguments.of("pipeline", Map.of("pipeline-links", "memif")),
                Arguments.of("snake", Map.of("multus-networks", "sriov-a=192.168.50.0/24,sriov-b=192.168.51.0/24")),
                Arguments.of("pipeline", Map.of("pipeline-links", "multus",
                        "multus-networks", "sriov-a=192.168.50.0/24")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("ipCells")
    void shouldAdmitAndScheduleTheIpDataPlaneAndNeedPrivilegedPodSecurity(String topology, String nf,
            Map<String, String> parameters) {
        Map<String, String> p = new HashMap<>(parameters);
        p.put("data-plane", "ip");
        KubernetesSettings settings = KubernetesSettings.fromParameters(p);
        for (int chains : new int[] {1, 2, 4, 8}) {
            for (int nfs : new int[] {1, 2, 4, 8}) {
                VnfBd bd = ManifestFactoryIpGoldenTest.cell(topology, chains, nfs, nf.equals("cnf")
                        ? ManifestFactoryIpGoldenTest.cnf() : ManifestFactoryIpGoldenTest.router(), List.of());
                for (String runId : RUN_IDS) {
                    assertAdmitted(settings, runId, bd);
                }
                // the network set-up is privileged: baseline refuses every pod, so the namespace says privileged
                TestManifests m = new ManifestFactory(settings).deployment(new DeploymentContext("3f2a9c1b", "i", 1,
                        "k", Instant.parse("2026-11-21T23:30:00Z")), bd);
                assertThat(m.pods()).allSatisfy(pod -> assertThat(AdmissionRules.baseline(pod)).isNotEmpty());
                m.namespaceObject().ifPresent(ns -> assertThat(AdmissionRules.enforced(ns)).isEqualTo("privileged"));
            }
        }
    }

    static Stream<Arguments> ipCells() {
        return Stream.of(
                Arguments.of("snake", "cnf", Map.of()),
                Arguments.of("pipeline", "cnf", Map.of()),
                Arguments.of("snake", "router", Map.of()),
                Arguments.of("pipeline", "router", Map.of("namespace", "shared-bench")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void shouldAdmitAndScheduleEveryCellOfTheTestbedInEveryMode(String topology, Map<String, String> parameters) {
        for (int chains : new int[] {1, 2, 4, 8}) {
            for (int nfs : new int[] {1, 2, 4, 8}) {
                for (String runId : RUN_IDS) {
                    assertAdmitted(KubernetesSettings.fromParameters(parameters), runId,
                            ChainFixtures.cnfTestbed(topology, chains, nfs));
                }
            }
        }
    }

    @Test
    void shouldCatchWhatAnApiServerAndTheSchedulerWouldRefuse() {
        // given: a Service named after a run id that starts with a digit, and a mutual required affinity
        var service = new ServiceBuilder().withNewMetadata().withName("3f2a9c1b-1-t1-sink").endMetadata()
                .withNewSpec().endSpec().build();
        Pod a = affine("a", "b");
        Pod b = affine("b", "a");

        // then: the rules say no, as the API server and the scheduler would
        assertThat(AdmissionRules.check(service)).singleElement().asString().contains("DNS-1035");
        assertThat(SchedulingRules.unschedulable(List.of(a, b))).containsExactlyInAnyOrder("a", "b");
        assertThat(SchedulingRules.unschedulable(List.of(a, affine("b", null)))).isEmpty();
        assertThat(AdmissionRules.restricted(b)).isNotEmpty();
    }

    private static Pod affine(String name, String to) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace("ns")
                .addToLabels(Names.NODE, name).endMetadata().withNewSpec().addNewContainer().withName("c")
                .endContainer().endSpec();
        if (to != null) {
            b.editSpec().withNewAffinity().withNewPodAffinity().addNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .withTopologyKey(Placement.HOSTNAME).withNewLabelSelector().addToMatchLabels(Names.NODE, to)
                    .endLabelSelector().endRequiredDuringSchedulingIgnoredDuringExecution().endPodAffinity()
                    .endAffinity().endSpec();
        }
        return b.build();
    }

    static void assertAdmitted(KubernetesSettings settings, String runId, VnfBd bd) {
        ManifestFactory factory = new ManifestFactory(settings);
        DeploymentContext ctx = new DeploymentContext(runId, "chains-2-nfs-4-topology-snake", 1,
                "chains=2,nfs=4,topology=snake", Instant.parse("2026-11-21T23:30:00Z"));
        TestManifests m = factory.deployment(ctx, bd);
        List<HasMetadata> objects = new ArrayList<>(m.all());
        Pod prober = factory.commandPod(ctx, "tg", "agent", "udp-1-1", 1, settings.vnfbenchImage(),
                List.of("vnfbench-tool", "prober", "udp"), "m", 70, false, Map.of("VNFBENCH_CHAINS", "1=sw.sut:1"));
        objects.add(prober);
        List<String> violations = new ArrayList<>();
        objects.forEach(o -> violations.addAll(AdmissionRules.check(o)));
        m.ip().networks().forEach(n -> violations.addAll(AdmissionRules.object(n)));
        m.configMaps().forEach(c -> violations.addAll(AdmissionRules.configMap(c)));
        // a shared namespace is made beforehand: restricted, unless the ip data plane's set-up needs privileged
        String level = m.namespaceObject().map(AdmissionRules::enforced)
                .orElse(m.ip().layout().isPresent() ? "privileged" : "restricted");
        for (HasMetadata o : objects) {
            if (o instanceof Pod pod && (level.equals("restricted") || pod == prober)) {
                violations.addAll(AdmissionRules.restricted(pod));
            }
        }
        for (Pod pod : m.sutPods()) {
            boolean pinned = pod.getSpec().getContainers().stream().anyMatch(c -> bd.scenario().nodes().stream()
                    .anyMatch(n -> Names.dnsLabel(n.id(), 63).equals(c.getName()) && SutContainers.pinned(n)));
            if (pinned && !AdmissionRules.qosClass(pod).equals("Guaranteed")) {
                violations.add("Pod " + pod.getMetadata().getName() + ": pinning asked, QoS "
                        + AdmissionRules.qosClass(pod));
            }
        }
        List<Pod> pods = new ArrayList<>(m.pods());
        pods.add(prober);
        SchedulingRules.unschedulable(pods).forEach(p -> violations.add("Pod " + p + ": never schedulable"));
        assertThat(violations).as("run id " + runId + ", namespace " + m.namespace()).isEmpty();
    }
}
