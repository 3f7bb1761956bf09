package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real cluster (kind or any; the current kubeconfig context): skipped when no cluster answers within two
 * seconds, also under CI=true, since a cluster is not a tool CI can install. See docs/kubernetes.md.
 */
class RealClusterTest {

    static KubernetesClient client;

    @BeforeAll
    static void connect() {
        boolean configured = System.getenv("KUBECONFIG") != null
                || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(System.getProperty("user.home"), ".kube",
                        "config"))
                || System.getenv("KUBERNETES_SERVICE_HOST") != null;
        Assumptions.assumeTrue(configured, "no kubeconfig and not in a pod; real-cluster tests skipped");
        try {
            Config config = new ConfigBuilder(Config.autoConfigure(null)).withConnectionTimeout(2000)
                    .withRequestTimeout(2000).withRequestRetryBackoffLimit(0).build();
            client = new KubernetesClientBuilder().withConfig(config).build();
            client.getKubernetesVersion();
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
                client = null;
            }
            Assumptions.abort("no Kubernetes cluster answers (" + e.getClass().getSimpleName() + "); real-cluster"
                    + " tests skipped");
        }
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void shouldDeployPingThroughAndCleanUpOnARealCluster() throws Exception {
        // given: NFs and switch that just sleep, and the engine's ping prober run as a pod
        Node sleeper = new Node(null, "nf", "busybox:1.36", "container", "sut", null, List.of(), List.of(),
                List.of(new Lifecycle("start", null, List.of(), List.of("sleep", "3600"))));
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1, sleeper, List.of());
        bd = bd.withScenario(new io.vnfbench.engine.model.Scenario(bd.scenario().nodes().stream()
                .map(n -> n.id().equals("sw") ? new Node(n.id(), n.type(), "busybox:1.36", "container", n.role(),
                        null, n.connectionPoints(), n.relationships(), sleeper.lifecycle()) : n).toList(),
                bd.scenario().links(), List.of(), bd.scenario().chains()));
        KubernetesEnvironment env = new KubernetesEnvironment(client, KubernetesSettings.fromParameters(Map.of(
                "controller-id", "vnfbench-it", "timeout-schedule", "180")), ProbeRegistry.load(),
                Clock.systemUTC(), "it" + Long.toHexString(System.nanoTime()), Duration.ofSeconds(1),
                Duration.ofMillis(500), false);

        // when
        ProbeResult result;
        String namespace;
        try (Deployment deployment = env.deploy(new DeploymentRequest("i1", "it", 1, bd, Duration.ofMinutes(5)),
                new CancellationToken())) {
            namespace = ((KubernetesDeployment) deployment).namespace();
            String host = deployment.endpoint("c1n1-in").orElseThrow().host();
            result = deployment.invoke(new ToolInvocation(ToolKind.PROBER, "ping", "1", "tg",
                    Map.of("target", host, "packets", "3"), null, Duration.ofMinutes(3), 1, 1,
                    new CancellationToken()));
        } finally {
            env.close();
        }

        // then
        assertThat(result.error()).isNull();
        assertThat(client.pods().inNamespace(namespace).withLabel(Names.RUN, env.runId()).list().getItems())
                .isEmpty();
    }
}
