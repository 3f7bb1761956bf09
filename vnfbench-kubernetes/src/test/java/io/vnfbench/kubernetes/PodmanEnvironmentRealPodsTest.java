package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import io.vnfbench.kubernetes.podman.Podman;
import io.vnfbench.kubernetes.podman.PodmanCluster;
import io.vnfbench.podman.PodmanEnvironmentProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The podman environment for real: the example firewall CNF image built here from Debian packages and the built-in
 * router as pods on this host, the pod runtime attaching every interface of the ip data plane, the built-in UDP load,
 * ping and iperf3 run in the traffic pods' namespaces through the chains, and every NF interface's counters. After
 * each case no container, pod, network or nftables table of its run is left. Needs podman and root; under CI=true
 * their absence fails.
 */
class PodmanEnvironmentRealPodsTest {

    static String base;
    static String firewall;

    @BeforeAll
    static void images() throws Exception {
        base = VnfbenchTestImage.base();
        firewall = VnfbenchTestImage.firewall();
    }

    static String runId() {
        return "t" + Long.toString(ProcessHandle.current().pid(), 36) + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    static VnfBd cell(String topology, int chains, int nfs, String nf) throws Exception {
        String yaml = """
                id: podman-test
                name: podman environment test
                environment:
                  orchestrator:
                    type: podman
                inputs:
                  vnfbd:
                    id: bd
                    experiments: {tests: 1, trials: 1}
                    scenario:
                      chains:
                        count: %d
                        nfs: %d
                        topology: %s
                        nf: %s
                        switch: {image: builtin/switch, format: container}
                    proceedings:
                      agents:
                        - uuid: tg
                          probers:
                            - {id: 1, name: udp, parameters: [{input: rate, value: "2000pps"}], sched: {duration: 1}}
                """.formatted(chains, nfs, topology, nf);
        Path file = Files.createTempFile("podman-test", ".yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            VnfBr br = Documents.read(file, VnfBr.class).value();
            return Planner.plan(br, new PlanOptions(10)).instances().iterator().next().vnfbd();
        } finally {
            Files.delete(file);
        }
    }

    /** The firewall CNF, letting the prober's UDP, ICMP echo and iperf3's TCP through. */
    static String firewall(String in) {
        return "{image: " + firewall + ", format: container, lifecycle: ["
                + "{workflow: create, parameters: [{input: capabilities, value: NET_ADMIN}]},"
                + "{workflow: configure, parameters: [{input: ip_forward, value: \"1\"}]},"
                + "{workflow: start, implementation: [--in, \"" + in + "\", --out, \"{out.ifname}\", --allow-udp,"
                + " \"{udp_port}\", --allow-tcp, \"5201\", --allow-icmp]}]}";
    }

    static ExecutionEnvironment environment(String runId) throws DeploymentException {
        return new PodmanEnvironmentProvider().create(new EnvironmentSettings(Map.of("vnfbench-image", base,
                "run-id", runId, "timeout-ready", "240", "ready-timeout", "60"), ProbeRegistry.load(),
                Clock.systemUTC()));
    }

    static ProbeResult invoke(Deployment d, ToolKind kind, String tool, Map<String, String> parameters,
            Duration duration) throws InterruptedException {
        return d.invoke(new ToolInvocation(kind, tool, "1", kind == ToolKind.PROBER ? "tg" : "m", parameters,
                duration, Duration.ofSeconds(90), 1, 1, new CancellationToken()));
    }

    static double scalar(ProbeResult r, String name) {
        return r.metric(name).map(Measurement::scalarAsDouble).orElseThrow(() -> new AssertionError("no metric " + name
                + " in " + r.metrics()));
    }

    @Test
    void shouldCarryEveryToolsTrafficThroughFirewallCnfsAndCountItAtEveryNfInterface() throws Exception {
        requireTool("iperf3");
        requireTool("ping");
        String runId = runId();
        VnfBd bd = cell("snake", 1, 2, firewall("{in.ifname}"));
        ProbeResult udp;
        ProbeResult counters;
        Map<String, String> facts;
        Instant start = Instant.now();
        Instant deployed;
        try (ExecutionEnvironment env = environment(runId);
             Deployment d = env.deploy(new DeploymentRequest("1", "chains=1,nfs=2,topology=snake", 1, bd,
                     Duration.ofMinutes(5)), new CancellationToken())) {
            deployed = Instant.now();
            facts = d.facts();
            CompletableFuture<ProbeResult> listener = CompletableFuture.supplyAsync(() -> {
                try {
                    return invoke(d, ToolKind.LISTENER, "interfaces", Map.of("duration", "2.5"), null);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            udp = invoke(d, ToolKind.PROBER, "udp", Map.of("rate", "2000pps", "warmup", "0.05"), Duration.ofSeconds(1));
            counters = listener.get();

            // ping and iperf3 from the generator's pod to the sink's, through both firewalls
            ProbeResult ping = invoke(d, ToolKind.PROBER, "ping", Map.of("target", "c1-egress", "packets", "3"), null);
            assertThat(ping.error()).isNull();
            assertThat(scalar(ping, "packets_received")).isEqualTo(3);
            ProbeResult tcp = invoke(d, ToolKind.PROBER, "iperf3", Map.of("client", "true", "duration", "1"),
                    Duration.ofSeconds(1));
            assertThat(tcp.error()).isNull();
            assertThat(scalar(tcp, "bits_per_second")).isPositive();
            // a port the firewalls do not let through: iperf3 cannot even connect
            ProbeResult blocked = invoke(d, ToolKind.PROBER, "iperf3", Map.of("client", "true", "duration", "1",
                    "port", "5202"), Duration.ofSeconds(1));
            assertThat(blocked.error()).isNotNull();
        }
        System.out.printf(Locale.ROOT, "podman env firewall snake 1x2: deploy %.1f s, throughput %.0f pps, loss %.3f"
                + " %%, latency p50 %.0f us; load %s%n", Duration.between(start, deployed).toMillis() / 1000.0,
                scalar(udp, "throughput_pps"), scalar(udp, "frame_loss"), scalar(udp, "latency_p50"),
                Files.readString(Path.of("/proc/loadavg")).strip());

        assertThat(udp.error()).isNull();
        double sent = scalar(udp, "tx_packets");
        assertThat(sent).isGreaterThan(1000);
        assertThat(scalar(udp, "rx_packets")).isEqualTo(sent);
        assertThat(counters.error()).isNull();
        for (String nf : List.of("c1n1", "c1n2")) {
            assertThat(scalar(counters, nf + "." + nf + "-in.rx_packets")).as(nf).isGreaterThanOrEqualTo(sent);
            assertThat(scalar(counters, nf + "." + nf + "-out.tx_packets")).as(nf).isGreaterThanOrEqualTo(sent);
            assertThat(scalar(counters, nf + "." + nf + "-in.rx_dropped")).as(nf).isZero();
        }
        assertThat(facts).containsEntry("chain.c1.path", "generator 10.0.0.1 -> c1n1 -> c1n2 -> sink 10.0.0.10")
                .containsEntry("pod.c1n1.c1n1.image", firewall);
        assertNothingLeft(runId);
    }

    @Test
    void shouldRouteEveryChainOfAPipelineThroughBuiltinRouterPods() throws Exception {
        String runId = runId();
        VnfBd bd = cell("pipeline", 2, 1, "{image: builtin/router, format: container}");
        ProbeResult udp;
        ProbeResult counters;
        try (ExecutionEnvironment env = environment(runId);
             Deployment d = env.deploy(new DeploymentRequest("1", "chains=2,nfs=1,topology=pipeline", 1, bd,
                     Duration.ofMinutes(5)), new CancellationToken())) {
            CompletableFuture<ProbeResult> listener = CompletableFuture.supplyAsync(() -> {
                try {
                    return invoke(d, ToolKind.LISTENER, "interfaces", Map.of("duration", "2.5", "nodes", "all"), null);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            udp = invoke(d, ToolKind.PROBER, "udp", Map.of("rate", "2000pps", "warmup", "0.05"), Duration.ofSeconds(1));
            counters = listener.get();
        }
        assertThat(udp.error()).isNull();
        double sent = scalar(udp, "tx_packets");
        assertThat(scalar(udp, "rx_packets")).isEqualTo(sent);
        // both chains carry the load (its flows are spread over them), every datagram through one of the routers,
        // and the switch's ingress ports see all of it
        assertThat(scalar(counters, "c1n1.c1n1-in.rx_packets")).isPositive();
        assertThat(scalar(counters, "c2n1.c2n1-in.rx_packets")).isPositive();
        assertThat(scalar(counters, "c1n1.c1n1-out.tx_packets") + scalar(counters, "c2n1.c2n1-out.tx_packets"))
                .isGreaterThanOrEqualTo(sent);
        assertThat(scalar(counters, "sw.c1-ingress.rx_packets") + scalar(counters, "sw.c2-ingress.rx_packets"))
                .isGreaterThanOrEqualTo(sent);
        assertNothingLeft(runId);
    }

    @Test
    void shouldNameTheNodeWhoseContainerExitsAndLeaveNothing() throws Exception {
        // given a CNF told to use an interface its pod does not have: it says so and exits
        String runId = runId();
        VnfBd bd = cell("snake", 1, 1, firewall("eth9"));

        // when / then
        try (ExecutionEnvironment env = environment(runId)) {
            assertThatThrownBy(() -> env.deploy(new DeploymentRequest("1", "k", 1, bd, Duration.ofMinutes(5)),
                    new CancellationToken()))
                    .isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("node c1n1").hasMessageContaining("exited with code 1")
                    .hasMessageContaining("no interface 'eth9' in this pod")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertNothingLeft(runId);
    }

    @Test
    void shouldNameTheNodeWhoseImageIsMissingAndLeaveNothing() throws Exception {
        String runId = runId();
        VnfBd bd = cell("snake", 1, 1, "{image: localhost/vnfbench-missing-" + runId + ":1, format: container}");
        try (ExecutionEnvironment env = environment(runId)) {
            assertThatThrownBy(() -> env.deploy(new DeploymentRequest("1", "k", 1, bd, Duration.ofMinutes(5)),
                    new CancellationToken()))
                    .isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("node c1n1").hasMessageContaining("localhost/vnfbench-missing-" + runId)
                    .hasMessageContaining("cannot be pulled")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertNothingLeft(runId);
    }

    /** No container, pod, network, nftables table or state directory of the run's pod runtime is on the host. */
    static void assertNothingLeft(String runId) throws Exception {
        String cluster = "vp" + runId;
        Podman podman = Podman.podman();
        assertThat(podman.run(Duration.ofSeconds(30), "ps", "-a", "-q", "--filter", "label=" + PodmanCluster.LABEL
                + "=" + cluster).stdout()).as("containers").isBlank();
        assertThat(podman.run(Duration.ofSeconds(30), "pod", "ps", "-q", "--filter", "label=" + PodmanCluster.LABEL
                + "=" + cluster).stdout()).as("pods").isBlank();
        assertThat(podman.run(Duration.ofSeconds(30), "network", "exists", "vnfb-" + cluster).ok()).as("network")
                .isFalse();
        assertThat(new Podman("nft").run(Duration.ofSeconds(30), "list", "table", "ip", "vnfb_" + cluster).ok())
                .as("nftables table").isFalse();
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "vnfbench-pods-" + cluster)).doesNotExist();
    }

    static void requireTool(String tool) {
        boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
        if (!found && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(tool + " is not installed but CI=true (.ci/run installs it)");
        }
        assumeTrue(found, tool + " is not installed");
    }
}
