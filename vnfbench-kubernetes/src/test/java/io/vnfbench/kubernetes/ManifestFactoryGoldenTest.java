package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 32 CNF Testbed cells (snake/pipeline × chains {1,2,4,8} × NFs {1,2,4,8}) against committed YAML. Regenerate
 * deliberately with {@code mvn -pl vnfbench-kubernetes -am verify -Dvnfbench.golden.update=true
 * -Dtest=ManifestFactoryGoldenTest -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class ManifestFactoryGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final DeploymentContext CTX = new DeploymentContext("golden-run", "i0", 1,
            "chains=2,nfs=4,topology=snake", Instant.parse("2026-11-21T23:30:00Z"));

    static Stream<Arguments> cells() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String topology : List.of("snake", "pipeline")) {
            for (int chains : new int[] {1, 2, 4, 8}) {
                for (int nfs : new int[] {1, 2, 4, 8}) {
                    b.add(Arguments.of(topology, chains, nfs));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("cells")
    void shouldMatchGoldenManifests(String topology, int chains, int nfs) throws IOException {
        // given
        ManifestFactory factory = new ManifestFactory(KubernetesSettings.defaults());
        DeploymentContext ctx = new DeploymentContext("golden-run", "i0", 1,
                "chains=" + chains + ",nfs=" + nfs + ",topology=" + topology, CTX.leaseUntil());

        // when
        TestManifests manifests = factory.deployment(ctx, ChainFixtures.cnfTestbed(topology, chains, nfs));
        String yaml = toYaml(manifests.all());

        // then: structure
        boolean snake = topology.equals("snake");
        List<Pod> pods = manifests.sutPods();
        assertThat(pods).hasSize(snake ? chains * nfs + 1 : chains + 1);
        assertThat(pods.stream().mapToInt(p -> p.getSpec().getContainers().size()).sum()).isEqualTo(chains * nfs + 1);
        for (Pod pod : pods) {
            assertThat(pod.getMetadata().getLabels()).containsEntry(Names.MANAGED_BY, "vnfbench")
                    .containsEntry(Names.RUN, "golden-run").containsEntry(Names.ROLE, "sut")
                    .containsKey(Names.TEST_KEY).containsKey(Names.CONTROLLER);
            assertThat(pod.getSpec().getActiveDeadlineSeconds()).isPositive();
            for (Container c : pod.getSpec().getContainers()) {
                // Guaranteed QoS: requests = limits for cpu and memory, whole CPUs
                assertThat(c.getResources().getLimits()).isEqualTo(c.getResources().getRequests());
                assertThat(c.getResources().getRequests().get("cpu").getAmount()).matches("\\d+");
            }
        }
        String peers = pods.stream().flatMap(p -> p.getSpec().getContainers().stream())
                .flatMap(c -> c.getEnv().stream()).filter(e -> e.getName().equals("VNFBENCH_PEERS"))
                .map(EnvVar::getValue).collect(Collectors.joining(" "));
        long localHops = peers.split("127\\.0\\.0\\.1", -1).length - 1;
        assertThat(localHops).as("NF-to-NF hops over localhost").isEqualTo(snake ? 0 : 2L * chains * (nfs - 1));
        long switchHops = peers.split("=sw\\.sut:", -1).length - 1;
        assertThat(switchHops).as("hops into the switch").isEqualTo(snake ? 2L * chains * nfs : 2L * chains);

        Pod sw = pods.stream().filter(p -> p.getMetadata().getName().equals("sw")).findFirst().orElseThrow();
        Pod firstNf = pods.stream().filter(p -> p.getSpec().getContainers().stream()
                .anyMatch(c -> c.getName().equals("c1n1"))).findFirst().orElseThrow();
        assertThat(sw.getSpec().getNodeSelector()).containsEntry("vnfbench.io/switch", "true");
        // the policy's first target is the anchor: it has no affinity, the others follow it (never mutual)
        assertThat(sw.getSpec().getAffinity()).isNull();
        assertThat(firstNf.getSpec().getAffinity().getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .singleElement().satisfies(t -> assertThat(t.getLabelSelector().getMatchExpressions().get(0)
                        .getValues()).containsExactly("sw"));

        // then: byte for byte
        Path file = GOLDEN.resolve(topology + "-c" + chains + "-n" + nfs + ".yaml");
        if (Boolean.getBoolean("vnfbench.golden.update")) {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; regenerate with -Dvnfbench.golden.update=true").exists();
        assertThat(yaml).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String toYaml(List<HasMetadata> objects) {
        return objects.stream().map(Serialization::asYaml).collect(Collectors.joining());
    }
}
