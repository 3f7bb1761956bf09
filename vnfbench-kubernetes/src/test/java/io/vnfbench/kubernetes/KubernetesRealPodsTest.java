package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.Experiments;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Proceedings;
import io.vnfbench.engine.model.Resources;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.Sched;
import io.vnfbench.engine.model.Tool;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.plan.ChainExpander;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import io.vnfbench.kubernetes.podman.Podman;
import io.vnfbench.kubernetes.podman.PodmanCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The environment's pods run for real: fabric8's mock server (CRUD) holds the objects, and a kubelet backed by
 * podman ({@link PodmanKubelet}) runs every pod it is given from the vnfbench image built here, each in a network
 * namespace of its own on one bridge, names resolving as cluster DNS would, the sink Service's address rewritten to
 * the prober pod. The built-in forwarder and switch carry the built-in UDP prober's datagrams; interface counters of
 * every pod show which hops the packets took. Needs podman and root; under CI=true their absence fails.
 */
class KubernetesRealPodsTest {

    static final String ID = "rp" + Long.toString(ProcessHandle.current().pid(), 36)
            + Long.toString(System.nanoTime() % 46656, 36);
    static PodmanCluster cluster;
    static PodmanKubelet kubelet;
    static KubernetesClient envClient;
    static String image;

    @BeforeAll
    static void startKubelet() throws Exception {
        image = VnfbenchTestImage.image();
        cluster = PodmanCluster.start(PodmanCluster.Options.of(ID, image)
                .withPullBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4)));
        kubelet = new PodmanKubelet(cluster);
        envClient = new KubernetesClientBuilder().withConfig(new ConfigBuilder(kubelet.client.getConfiguration())
                .withRequestRetryBackoffLimit(0).build()).build();
    }

    @AfterAll
    static void stopKubelet() throws Exception {
        if (kubelet != null) {
            envClient.close();
            kubelet.close();
        }
        if (cluster != null) {
            cluster.close();
            // no network, no NAT table, no pod left on the host
            Podman podman = Podman.podman();
            assertThat(podman.run(Duration.ofSeconds(30), "network", "exists", "vnfb-" + ID).ok()).isFalse();
            assertThat(new Podman("nft").run(Duration.ofSeconds(30), "list", "table", "ip", "vnfb_" + ID).ok())
                    .isFalse();
            assertThat(podman.run(Duration.ofSeconds(30), "ps", "-a", "--filter", "label=" + PodmanCluster.LABEL
                    + "=" + ID, "-q").stdout()).isBlank();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"snake,1,1", "snake,1,2", "snake,2,1", "snake,2,2", "pipeline,1,1", "pipeline,1,2", "pipeline,2,1",
            "pipeline,2,2"})
    void shouldCarryTheProbersDatagramsThroughEveryHopOfTheChain(String topology, int chains, int nfs)
            throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = chain(topology, chains, nfs, "builtin/forwarder");

        // when
        ProbeResult result;
        Map<String, Long> before;
        Map<String, Long> after;
        Instant deployed;
        Instant start = Instant.now();
        try (Deployment deployment = env.deploy(request(bd, topology, chains, nfs), new CancellationToken())) {
            deployed = Instant.now();
            String ns = ((KubernetesDeployment) deployment).namespace();
            before = counters(ns, topology, chains);
            result = deployment.invoke(udp(Duration.ofSeconds(3), new CancellationToken()));
            after = counters(ns, topology, chains);
        } finally {
            env.close();
        }

        // then: a measurement with (almost) nothing lost
        assertThat(result.error()).as("error of the prober").isNull();
        double throughput = number(result, "throughput_pps");
        double loss = number(result, "frame_loss");
        long tx = (long) number(result, "tx_packets");
        assertThat(throughput).isPositive();
        assertThat(loss).isLessThan(2.0);
        // then: every hop taken the expected number of times (interface counters of the pods' namespaces)
        long perChain = tx / chains;
        if (topology.equals("snake")) {
            assertHops(before, after, "sw/eth0", (nfs + 1L) * tx);
            for (int k = 1; k <= chains; k++) {
                for (int j = 1; j <= nfs; j++) {
                    assertHops(before, after, "c" + k + "n" + j + "/eth0", perChain);
                }
            }
        } else {
            assertHops(before, after, "sw/eth0", 2L * tx);
            for (int k = 1; k <= chains; k++) {
                assertHops(before, after, "c" + k + "/eth0", perChain);
                assertHops(before, after, "c" + k + "/lo", (nfs - 1L) * perChain);
            }
        }
        System.out.printf(Locale.ROOT, "real pods %s %dx%d: deploy %.1f s, throughput %.0f pps, loss %.3f %%,"
                + " latency avg %.0f us, %d datagrams; load %s%n", topology, chains, nfs,
                Duration.between(start, deployed).toMillis() / 1000.0, throughput, loss,
                number(result, "latency_avg"), tx, loadAverage());
        awaitNothingLeft();
    }

    @Test
    void shouldReportAnNfKilledDuringATrialAsAnInfrastructureFailure() throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = chain("snake", 1, 1, "builtin/forwarder");

        // when: the NF's container is killed while the prober runs
        ProbeResult result;
        try (Deployment deployment = env.deploy(request(bd, "snake", 1, 1), new CancellationToken())) {
            String ns = ((KubernetesDeployment) deployment).namespace();
            CompletableFuture<ProbeResult> trial = CompletableFuture.supplyAsync(() -> invoke(deployment,
                    udp(Duration.ofSeconds(8), new CancellationToken())));
            long idle = cluster.interfaceCounters(ns, "sw").get("eth0")[0];
            // measuring: the switch has seen a second of the prober's 2000 datagrams per second
            await(Duration.ofSeconds(90), () -> cluster.interfaceCounters(ns, "sw").get("eth0")[0] > idle + 2000);
            cluster.kill(ns, "c1n1", "c1n1");
            result = trial.get(120, TimeUnit.SECONDS);
        } finally {
            env.close();
        }

        // then
        System.out.println("real pods, NF killed: " + result.error());
        assertThat(result.error()).startsWith(KubernetesDeployment.INFRASTRUCTURE).contains("pod c1n1")
                .contains("exited with code 137");
        assertThat(result.metrics()).isEmpty();
        awaitNothingLeft();
    }

    @Test
    void shouldFailAMissingImageAsAnImagePullFailureWithinItsBoundedBackoffs() {
        // given: an image no registry has (a local reference: the pull goes nowhere off this host)
        KubernetesEnvironment env = environment(Map.of("image-pull-backoffs", "3"));
        VnfBd bd = chain("snake", 1, 1, "localhost/vnfbench-missing-" + ID + ":1");

        // when / then
        Instant start = Instant.now();
        assertThatThrownBy(() -> env.deploy(request(bd, "snake", 1, 1), new CancellationToken()))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("pod c1n1").hasMessageContaining("IMAGE_PULL_FAILED")
                .hasMessageContaining("image-pull-backoffs=3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .satisfies(e -> System.out.println("real pods, missing image after "
                        + Duration.between(start, Instant.now()).toSeconds() + " s: " + e.getMessage()));
        env.close();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(90));
        awaitNothingLeft();
    }

    @Test
    void shouldLeaveNothingBehindWhenATrialIsAborted() throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = chain("pipeline", 1, 2, "builtin/forwarder");
        CancellationToken token = new CancellationToken();

        // when: cancelled while the prober's pod runs
        ProbeResult result;
        String ns;
        Deployment deployment = env.deploy(request(bd, "pipeline", 1, 2), token);
        ns = ((KubernetesDeployment) deployment).namespace();
        CompletableFuture<ProbeResult> trial = CompletableFuture.supplyAsync(() -> invoke(deployment,
                udp(Duration.ofSeconds(20), token)));
        await(Duration.ofSeconds(90), () -> agentRunning(ns));
        token.cancel("aborted by the test");
        result = trial.get(60, TimeUnit.SECONDS);
        env.close();

        // then
        assertThat(result.error()).contains("cancelled");
        assertThat(envClient.pods().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(envClient.services().inNamespace(ns).list().getItems()).isEmpty();
        awaitNothingLeft();
    }

    // ------------------------------------------------------------------ helpers

    private static void assertHops(Map<String, Long> before, Map<String, Long> after, String iface, long expected) {
        long delta = after.get(iface) - before.get(iface);
        // each hop carries what was sent (less what was lost) plus a few path checks; never a second time
        assertThat(delta).as("datagrams received on " + iface).isBetween((long) (expected * 0.97),
                expected + 400);
    }

    /** Received packets per pod interface: {@code pod/iface}. */
    private static Map<String, Long> counters(String ns, String topology, int chains) {
        Map<String, Long> out = new HashMap<>();
        List<Pod> pods = envClient.pods().inNamespace(ns).withLabel(Names.ROLE, "sut").list().getItems();
        for (Pod p : pods) {
            String name = p.getMetadata().getName();
            cluster.interfaceCounters(ns, name).forEach((iface, c) -> out.put(name + "/" + iface, c[0]));
        }
        return out;
    }

    private static boolean agentRunning(String ns) {
        return envClient.pods().inNamespace(ns).withLabel(Names.ROLE, "agent").list().getItems().stream()
                .anyMatch(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()));
    }

    private static void awaitNothingLeft() {
        await(Duration.ofSeconds(60), () -> cluster.podmanObjects().isEmpty());
        assertThat(cluster.podmanObjects()).as("podman pods and containers left").isEmpty();
    }

    private static void await(Duration bound, BooleanSupplier condition) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + bound.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    private static ProbeResult invoke(Deployment deployment, ToolInvocation invocation) {
        try {
            return deployment.invoke(invocation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double number(ProbeResult result, String metric) {
        return Double.parseDouble(result.metric(metric).orElseThrow(() -> new AssertionError("no metric " + metric
                + " in " + result.metrics())).scalar());
    }

    private static ToolInvocation udp(Duration duration, CancellationToken token) {
        return new ToolInvocation(ToolKind.PROBER, "udp", "1", "tg", Map.of("rate", "2000", "frame_size", "64",
                "flows", "4", "warmup", "0"), duration, Duration.ofSeconds(120), 1, 1, token);
    }

    private static KubernetesEnvironment environment(Map<String, String> parameters) {
        Map<String, String> p = new HashMap<>(Map.of("vnfbench-image", image, "controller-id", "real-pods",
                "timeout-schedule", "120", "timeout-ready", "120", "timeout-teardown", "60",
                "timeout-trial-slack", "60"));
        p.putAll(parameters);
        return new KubernetesEnvironment(envClient, KubernetesSettings.fromParameters(p), ProbeRegistry.load(),
                Clock.systemUTC(), KubernetesEnvironmentProvider.newRunId(), Duration.ofMillis(500),
                Duration.ofMillis(200), false);
    }

    private static DeploymentRequest request(VnfBd bd, String topology, int chains, int nfs) {
        return new DeploymentRequest("i1", "chains=" + chains + ",nfs=" + nfs + ",topology=" + topology, 1, bd,
                Duration.ofMinutes(3));
    }

    /** A CNF Testbed cell with the built-in switch and NFs of the given image (no CPU requests: one 2-core node). */
    static VnfBd chain(String topology, int chains, int nfs, String nfImage) {
        Resources memory = new Resources(null, new Memory(256L, "MiB"), null);
        Node nf = new Node(null, "nf", nfImage, "container", "sut", memory, List.of(), List.of(), List.of());
        Node sw = new Node(null, "switch", "builtin/switch", "container", "sut", memory, List.of(), List.of(),
                List.of());
        Tool udp = new Tool(1L, 1L, "udp", List.of(new Parameter("rate", "2000")),
                new Sched(null, null, 3L, null, null));
        VnfBd bd = new VnfBd("real-pods", "real pods", "1", null, null, new Experiments(1L, 1L),
                new Scenario(List.of(), List.of(), List.of(), new Chains((long) chains, (long) nfs, topology, nf, sw)),
                new Proceedings(List.of(new Agent("tg", "traffic generator", List.of(udp))), List.of()));
        return ChainExpander.expand(bd);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
