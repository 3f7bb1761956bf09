package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import java.time.Clock;
import java.time.Duration;
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

    /**
     * The built-in chain measured with the built-in UDP prober on the cluster: the vnfbench image must be where the
     * cluster pulls from (system property or environment variable VNFBENCH_IMAGE; see docs/kubernetes.md).
     */
    @Test
    void shouldMeasureThroughASnakeWithTheUdpProberAndCleanUpOnARealCluster() throws Exception {
        // given
        String image = System.getProperty("VNFBENCH_IMAGE", System.getenv().getOrDefault("VNFBENCH_IMAGE",
                KubernetesSettings.DEFAULT_IMAGE));
        VnfBd bd = KubernetesRealPodsTest.chain("snake", 1, 2, "builtin/forwarder");
        KubernetesEnvironment env = new KubernetesEnvironment(client, KubernetesSettings.fromParameters(Map.of(
                "controller-id", "vnfbench-it", "timeout-schedule", "300", "vnfbench-image", image)),
                ProbeRegistry.load(), Clock.systemUTC(), KubernetesEnvironmentProvider.newRunId(),
                Duration.ofSeconds(1), Duration.ofMillis(500), false);

        // when
        ProbeResult result;
        String namespace;
        try (Deployment deployment = env.deploy(new DeploymentRequest("i1", "chains=1,nfs=2,topology=snake", 1, bd,
                Duration.ofMinutes(10)), new CancellationToken())) {
            namespace = ((KubernetesDeployment) deployment).namespace();
            result = deployment.invoke(new ToolInvocation(ToolKind.PROBER, "udp", "1", "tg", Map.of("rate", "2000",
                    "flows", "4", "warmup", "0"), Duration.ofSeconds(5), Duration.ofMinutes(5), 1, 1,
                    new CancellationToken()));
        } finally {
            env.close();
        }

        // then
        assertThat(result.error()).isNull();
        assertThat(Double.parseDouble(result.metric("throughput_pps").orElseThrow().scalar())).isPositive();
        assertThat(Double.parseDouble(result.metric("frame_loss").orElseThrow().scalar())).isLessThan(5.0);
        assertThat(client.pods().inNamespace(namespace).withLabel(Names.RUN, env.runId()).list().getItems())
                .isEmpty();
    }
}
