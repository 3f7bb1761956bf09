package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.env.netns.Namespaces;
import io.vnfbench.engine.env.netns.NetworkNamespace;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.InstalledTool;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;

/** Probers and listeners through router chains in namespaces, as the Manager calls them. */
class NamespaceEnvironmentTest {
    private static final String VNF_BR = """
            id: netns-test
            name: namespaces data plane test
            environment:
              name: local
              orchestrator:
                type: local
            inputs:
              vnfbd:
                id: bd
                scenario:
                  chains:
                    count: 1
                    nfs: 2
                    topology: snake
                    nf:
                      image: builtin/router
                      format: builtin
                proceedings:
                  agents:
                    - uuid: tg
                      probers:
                        - id: 1
                          name: udp
            """;

    @BeforeEach
    void requireNamespaces() {
        Namespaces.require();
    }

    private static VnfBd instance() throws Exception {
        VnfBr br = Documents.read("netns-test.yaml", VNF_BR, VnfBr.class).value();
        return Planner.plan(br, PlanOptions.DEFAULT).instances().iterator().next().vnfbd();
    }

    private static ExecutionEnvironment environment(Map<String, String> parameters) throws DeploymentException {
        return EnvironmentRegistry.load().require("local").create(
                new EnvironmentSettings(parameters, ProbeRegistry.load(), Clock.systemUTC()));
    }

    private static ProbeResult invoke(Deployment deployment, ToolKind kind, String tool, Map<String, String> parameters)
            throws InterruptedException {
        return deployment.invoke(new ToolInvocation(kind, tool, "1", "tg", parameters, null, Duration.ofSeconds(60), 1, 1,
                new CancellationToken()));
    }

    private static double scalar(ProbeResult result, String metric) {
        return result.metric(metric).orElseThrow(() -> new AssertionError("no metric " + metric + " in " + result))
                .scalarAsDouble();
    }

    @Test
    void shouldMeasureThroughKernelRoutersWithEveryToolAndCountEveryPacketAtEveryNfInterface() throws Exception {
        Set<String> inodes = new HashSet<>();
        ProbeResult udp;
        ProbeResult counters;
        try (ExecutionEnvironment environment = environment(Map.of("data_plane", "namespaces"));
             Deployment deployment = environment.deploy(new DeploymentRequest("1", "", 1, instance(), Duration.ofSeconds(60)),
                     new CancellationToken())) {
            ((NamespaceDeployment) deployment).namespaces().stream().map(NetworkNamespace::inode).forEach(inodes::add);

            // when the counters listener runs across a udp trial
            CompletableFuture<ProbeResult> listener = CompletableFuture.supplyAsync(() -> {
                try {
                    return invoke(deployment, ToolKind.LISTENER, "interfaces", Map.of("duration", "2"));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            udp = invoke(deployment, ToolKind.PROBER, "udp", Map.of("rate", "2000pps", "duration", "0.3", "warmup", "0.05"));
            counters = listener.get();

            // then the deployment says what it is, and resolves chain points to addresses inside the namespaces
            assertThat(deployment.facts()).containsEntry("local.data_plane", "namespaces")
                    .containsEntry("local.namespace_owner", NamespaceSupport.defaultIsolation().label())
                    .containsEntry("chain.c1.path", "generator 10.0.0.1 -> c1n1 -> c1n2 -> sink 10.0.0.10");
            assertThat(deployment.endpoint("c1-egress").orElseThrow().host()).isEqualTo("10.0.0.10");
            assertThat(deployment.endpoint("sw:sw-c1n2-in").orElseThrow().host()).isEqualTo("10.0.0.6");
            assertThat(deployment.endpoint("c1n1").orElseThrow().host()).isEqualTo("10.0.0.2");

            // and ping and iperf3 (server in the sink's namespace) run from the generator's namespace through the chain
            InstalledTool.require("ping", "iputils-ping");
            ProbeResult ping = invoke(deployment, ToolKind.PROBER, "ping", Map.of("target", "c1-egress", "packets", "3"));
            assertThat(ping.error()).isNull();
            assertThat(scalar(ping, "packets_received")).isEqualTo(3);
            assertThat(ping.call()).contains("nsenter").endsWith(" 10.0.0.10");
            InstalledTool.require("iperf3", "iperf3");
            ProbeResult tcp = invoke(deployment, ToolKind.PROBER, "iperf3", Map.of("client", "true", "duration", "1"));
            assertThat(tcp.error()).isNull();
            assertThat(scalar(tcp, "bits_per_second")).isPositive();
            ProbeResult iperfUdp = invoke(deployment, ToolKind.PROBER, "iperf3", Map.of("client", "true", "duration", "1",
                    "protocol", "udp", "rate", "5M", "length", "64"));
            assertThat(iperfUdp.error()).isNull();
            assertThat(scalar(iperfUdp, "packets")).isPositive();
        }

        assertThat(udp.error()).isNull();
        double sent = scalar(udp, "tx_packets");
        assertThat(sent).isGreaterThan(400);
        assertThat(scalar(udp, "rx_packets")).isEqualTo(sent);
        assertThat(udp.metric("sut_cpu_per_packet")).as("no process forwards in a kernel router").isEmpty();
        assertThat(counters.error()).isNull();
        assertThat(counters.metrics()).extracting(Measurement::name).contains("c1n1.c1n1-in.rx_packets",
                "c1n1.c1n1-out.tx_packets", "c1n2.c1n2-in.rx_packets", "c1n2.c1n2-out.tx_dropped")
                .noneMatch(name -> name.startsWith("sw."));
        for (String nf : List.of("c1n1", "c1n2")) {
            assertThat(scalar(counters, nf + "." + nf + "-in.rx_packets")).as(nf).isGreaterThanOrEqualTo(sent);
            assertThat(scalar(counters, nf + "." + nf + "-out.tx_packets")).as(nf).isGreaterThanOrEqualTo(sent);
            assertThat(scalar(counters, nf + "." + nf + "-in.rx_dropped")).as(nf).isZero();
        }
        assertThat(inodes).hasSize(5);
        assertThat(Namespaces.alive(inodes)).isEmpty();
    }

    @Test
    void shouldRunRoutersAsRelaysOnLoopbackAndSaySo() throws Exception {
        try (ExecutionEnvironment environment = environment(Map.of("data_plane", "loopback"));
             Deployment deployment = environment.deploy(new DeploymentRequest("1", "", 1, instance(), Duration.ofSeconds(60)),
                     new CancellationToken())) {
            ProbeResult udp = invoke(deployment, ToolKind.PROBER, "udp", Map.of("rate", "1000pps", "duration", "0.2"));

            assertThat(udp.error()).isNull();
            assertThat(scalar(udp, "rx_packets")).isPositive();
            assertThat(deployment.facts()).containsEntry("local.data_plane", "loopback");
            assertThat(deployment.warnings()).anySatisfy(w -> assertThat(w).startsWith("node c1n1: builtin/router runs "
                    + "as the UDP relay builtin/forwarder in the loopback data plane"));
            assertThat(invoke(deployment, ToolKind.LISTENER, "interfaces", Map.of()).error())
                    .contains("data_plane: namespaces");
        }
    }

    @Test
    void shouldRefuseUnknownDataPlaneParameterValues() {
        assertThatThrownBy(() -> environment(Map.of("data_plane", "vpp")))
                .hasMessage("orchestrator parameter 'data_plane' must be loopback, namespaces or auto, got 'vpp'");
        assertThatThrownBy(() -> environment(Map.of("user_namespace", "maybe")))
                .hasMessageContaining("'user_namespace' must be auto, true or false");
        assertThatThrownBy(() -> environment(Map.of("ready_timeout", "-1"))).hasMessageContaining("'ready_timeout'");
    }
}
