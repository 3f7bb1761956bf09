package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.probe.ProbeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesSettingsTest {

    @Test
    void shouldReadEveryKindOfParameter() {
        // when
        KubernetesSettings s = KubernetesSettings.fromParameters(Map.of("namespace", "bench",
                "sut-node-selector", "kubernetes.io/hostname=worker-1, disk=ssd", "image-pull-secrets", "a,b",
                "timeout-schedule", "30", "image-iperf3", "registry.example/iperf3:3.16", "run-id", "build-42"));

        // then
        assertThat(s.sharedNamespace()).isTrue();
        assertThat(s.sutNodeSelector()).containsEntry("kubernetes.io/hostname", "worker-1").containsEntry("disk", "ssd");
        assertThat(s.imagePullSecrets()).containsExactly("a", "b");
        assertThat(s.timeouts().schedule()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.imageFor("iperf3")).isEqualTo("registry.example/iperf3:3.16");
        assertThat(s.imageFor("/usr/bin/ping")).isEqualTo("busybox:1.36");
        assertThat(s.imageFor("vnfbench-tool")).isEqualTo(KubernetesSettings.DEFAULT_IMAGE);
        assertThat(s.runId()).contains("build-42");
    }

    @Test
    void shouldNameTheParameterThatIsWrong() {
        assertThatThrownBy(() -> KubernetesSettings.fromParameters(Map.of("namespce", "x")))
                .hasMessageContaining("unknown orchestrator parameter 'namespce'").hasMessageContaining("namespace");
        assertThatThrownBy(() -> KubernetesSettings.fromParameters(Map.of("timeout-ready", "soon")))
                .hasMessageContaining("timeout-ready").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> KubernetesSettings.fromParameters(Map.of("sut-node-selector", "worker-1")))
                .hasMessageContaining("is not label=value");
        assertThatThrownBy(() -> KubernetesSettings.fromParameters(Map.of("namespace", "Bench_1")))
                .hasMessageContaining("DNS-1123");
        assertThatThrownBy(() -> KubernetesSettings.fromParameters(Map.of("pipeline-links", "multus")))
                .hasMessageContaining("needs multus-networks");
    }

    @Test
    void shouldMakeLabelValuesOfAnyTestKeyWithoutCollisions() {
        // given
        String key = "chains=8,nfs=8,topology=snake";
        String longKey = "frame_size=1518,image=registry.example/a/very/long/path/nf:1.2.3,rate=ndr_pdr,topology=snake";

        // when / then
        assertThat(Names.labelValue(key)).isEqualTo("chains-8.nfs-8.topology-snake");
        assertThat(Names.labelValue(longKey)).hasSizeLessThanOrEqualTo(63).matches("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
        assertThat(Names.labelValue(longKey)).isNotEqualTo(Names.labelValue(longKey.replace("1518", "64")));
        assertThat(Names.labelValue("a b")).isNotEqualTo(Names.labelValue("a-b"));
        assertThat(Names.dnsLabel("Agent_1", 63)).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    }

    @Test
    void shouldBeFoundThroughServiceLoaderAsKubernetes() {
        assertThat(EnvironmentRegistry.load().types()).contains("kubernetes");
    }

    @Test
    void shouldRefuseToCreateAnEnvironmentFromBadParameters() {
        // given
        EnvironmentSettings settings = new EnvironmentSettings(Map.of("kubeconfig", "/nonexistent/kubeconfig"),
                ProbeRegistry.of(List.of()), Clock.systemUTC());

        // when / then
        assertThatThrownBy(() -> new KubernetesEnvironmentProvider().create(settings))
                .isInstanceOf(DeploymentException.class).hasMessageContaining("/nonexistent/kubeconfig");
    }
}
