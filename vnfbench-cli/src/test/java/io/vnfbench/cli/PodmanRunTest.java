package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.kubernetes.podman.Podman;
import io.vnfbench.kubernetes.podman.PodmanCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vnfbench run} with the podman environment in a child JVM: the example firewall CNF image (built here from
 * Debian packages) in a chain of pods, and after success, a failed deployment and SIGINT no container, pod, podman
 * network, nftables table or namespace holder of the run is left; a host that cannot run it is told why, exit 4.
 * Needs podman and root; under CI=true their absence fails.
 */
class PodmanRunTest {
    private static final Duration BOUND = Duration.ofSeconds(300);

    static String base;
    static String firewall;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void images() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean podman = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "podman")));
        if (ci && (!podman || !NamespaceSupport.isRoot())) {
            fail("CI=true but podman is missing or this is not root; .ci/run installs podman and runs as root");
        }
        assumeTrue(podman && NamespaceSupport.isRoot(), "the podman environment needs podman and root");
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        // the base the kubernetes tests build too (same tag, built once per version of docker/build-base)
        base = "localhost/vnfbench-base:bookworm-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(root.resolve("docker/build-base")))).substring(0, 12);
        if (!Podman.podman().run(Duration.ofSeconds(30), "image", "exists", base).ok()) {
            run(Duration.ofMinutes(20), root.resolve("docker/build-base").toString(), "--tag", base);
        }
        firewall = "localhost/vnfbench-cli-test-nft-" + Long.toString(ProcessHandle.current().pid(), 36) + ":1";
        run(Duration.ofMinutes(10), "podman", "build", "-q", "--build-arg", "BASE=" + base, "-t", firewall,
                root.resolve("examples/cnf/nft-firewall").toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Podman.podman().run(Duration.ofSeconds(60), "rmi", "-f",
                firewall)));
    }

    @AfterEach
    void killLeftovers() {
        for (Process child : children) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    private static void run(Duration bound, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private String runId;

    /** A firewall CNF snake of one NF, the built-in prober and the NF interface counters, a run id of its own. */
    private Path vnfbr(int trials, String image) throws IOException {
        runId = "c" + Long.toString(ProcessHandle.current().pid(), 36) + Long.toString(System.nanoTime() % 1_000_000, 36);
        Path file = dir.resolve("in.yaml");
        Files.writeString(file, """
                id: podman-run-test
                name: podman run test
                environment:
                  orchestrator:
                    type: podman
                    parameters:
                      - {input: vnfbench-image, value: "%s"}
                      - {input: run-id, value: "%s"}
                inputs:
                  vnfbd:
                    id: bd
                    experiments: {tests: 1, trials: %d}
                    scenario:
                      chains:
                        count: 1
                        nfs: 1
                        topology: snake
                        nf:
                          image: "%s"
                          format: container
                          lifecycle:
                            - workflow: create
                              parameters: [{input: capabilities, value: NET_ADMIN}]
                            - workflow: configure
                              parameters: [{input: ip_forward, value: "1"}]
                            - workflow: start
                              implementation: [--in, "{in.ifname}", --out, "{out.ifname}", --allow-udp, "{udp_port}"]
                        switch: {image: builtin/switch, format: container}
                    proceedings:
                      agents:
                        - uuid: tg
                          probers:
                            - id: 1
                              name: udp
                              parameters: [{input: rate, value: "2000pps"}]
                              sched: {duration: 1}
                      monitors:
                        - uuid: m
                          listeners:
                            - id: 1
                              name: interfaces
                              parameters: [{input: duration, value: "1.6"}]
                """.formatted(base, runId, trials, image));
        return file;
    }

    private Process child(Path in, Path out, Map<String, String> env) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", in.toString(), "--out",
                out.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile());
        pb.environment().putAll(env);
        Process child = pb.start();
        children.add(child);
        return child;
    }

    @Test
    void shouldMeasureThroughTheFirewallCnfAndLeaveNothing() throws Exception {
        Path out = dir.resolve("out");
        Process child = child(vnfbr(1, firewall), out, Map.of());

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.err"))).isEqualTo(ExitCode.OK);
        VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
        List<Evaluation> evaluations = written.outputs().get(0).vnfpp().reports().get(0).snapshots().stream()
                .flatMap(s -> s.evaluations().stream()).toList();
        assertThat(evaluations).hasSize(2).allSatisfy(e -> assertThat(e.error()).isNull());
        for (Evaluation e : evaluations) {
            if (e.source().name().equals("udp")) {
                assertThat(value(e, "throughput_pps")).isPositive();
            } else {
                assertThat(value(e, "c1n1.c1n1-in.rx_packets")).isPositive();
                assertThat(value(e, "c1n1.c1n1-out.tx_packets")).isPositive();
            }
        }
        assertNothingLeft();
    }

    @Test
    void shouldExitWithRunErrorNamingTheNodeWhoseImageIsMissingAndLeaveNothing() throws Exception {
        Path out = dir.resolve("out");
        String missing = "localhost/vnfbench-missing-" + ProcessHandle.current().pid() + ":1";
        Process child = child(vnfbr(1, missing), out, Map.of());

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.RUN_ERROR);
        assertThat(err.lines().filter(l -> l.startsWith("error:")).toList()).singleElement().satisfies(line ->
                assertThat(line).contains("node c1n1: container c1n1: image " + missing + " cannot be pulled"));
        assertNothingLeft();
    }

    @Test
    void shouldLeaveNothingBehindWhenInterrupted() throws Exception {
        Path out = dir.resolve("out");
        Process child = child(vnfbr(30, firewall), out, Map.of());

        // once the first Trial is done, the run is in the middle of its Test
        await(() -> Files.exists(out.resolve("vnf-br.json")) && podmanObjects() >= 4, "the run's pods to be measured");
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("child exits after SIGINT").isTrue();
        assertNothingLeft();
        VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
        assertThat(written.error()).contains("cancelled");
    }

    @Test
    void shouldSayWhyWhenPodmanIsMissingOrCannotRunContainers() throws Exception {
        // no podman on PATH
        Process child = child(vnfbr(1, firewall), dir.resolve("out"), Map.of("PATH", dir.toString()));
        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.RUN_ERROR);
        assertThat(err).contains("the podman environment cannot run here: podman is not installed");

        // podman configured with an OCI runtime that does not exist
        Path conf = Files.writeString(dir.resolve("containers.conf"), "[engine]\nruntime = \"vnfbench-no-runtime\"\n");
        child = child(vnfbr(1, firewall), dir.resolve("out2"), Map.of("CONTAINERS_CONF", conf.toString()));
        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.RUN_ERROR);
        assertThat(err).contains("podman is installed but not usable").contains("vnfbench-no-runtime");
        assertNothingLeft();
    }

    /** The run's containers and pods on this host now. */
    private long podmanObjects() {
        String filter = "label=" + PodmanCluster.LABEL + "=vp" + runId;
        Podman podman = Podman.podman();
        return podman.run(Duration.ofSeconds(30), "ps", "-a", "-q", "--filter", filter).stdout().lines().count()
                + podman.run(Duration.ofSeconds(30), "pod", "ps", "-q", "--filter", filter).stdout().lines().count();
    }

    private void assertNothingLeft() throws IOException {
        String cluster = "vp" + runId;
        await(() -> podmanObjects() == 0, "every container and pod of the run to be gone");
        Podman podman = Podman.podman();
        assertThat(podman.run(Duration.ofSeconds(30), "network", "exists", "vnfb-" + cluster).ok()).as("network")
                .isFalse();
        assertThat(new Podman("nft").run(Duration.ofSeconds(30), "list", "table", "ip", "vnfb_" + cluster).ok())
                .as("nftables table").isFalse();
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "vnfbench-pods-" + cluster)).doesNotExist();
        // no process of the run is left: the child's descendants (load agents, namespace holders) have ended
        for (Process child : children) {
            await(() -> child.descendants().findAny().isEmpty(), "every process of the run to end");
        }
    }

    private static double value(Evaluation evaluation, String name) {
        Metric metric = evaluation.metrics().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in " + evaluation.source().name()));
        return Double.parseDouble(metric.scalar());
    }

    private void await(BooleanSupplier condition, String what) throws IOException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                Path err = dir.resolve("child.err");
                throw new AssertionError("timed out waiting for " + what
                        + (Files.exists(err) ? "; child stderr:\n" + Files.readString(err) : ""));
            }
            new CancellationToken().sleep(Duration.ofMillis(200));
        }
    }
}
