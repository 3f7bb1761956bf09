package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.probe.CancellationToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vnfbench run} on the namespaces data plane in a child JVM, watched from outside: real packets through
 * kernel routers, and after success, failure, a kernel refusal and SIGINT no namespace (with its veths and bridges)
 * and no process of the run is left.
 */
class DataPlaneRunTest {
    private static final Duration BOUND = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void requireNamespaces() {
        NamespaceSupport.Probe probe = NamespaceSupport.probe(NamespaceSupport.defaultIsolation());
        if (!probe.available() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("network namespaces are unavailable but CI=true: " + probe.problem().orElse(""));
        }
        assumeTrue(probe.available(), "network namespaces unavailable: " + probe.problem().orElse(""));
    }

    @AfterEach
    void killLeftovers() {
        for (Process child : children) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    /** A two-NF snake (built-in routers unless {@code nf} says otherwise), measured by udp and the interface counters. */
    private Path vnfbr(String dataPlane, int trials, String nf) throws IOException {
        Path file = dir.resolve("in.yaml");
        Files.writeString(file, """
                id: dataplane-test
                name: data plane run test
                environment:
                  orchestrator:
                    type: local
                    parameters:
                      - {input: data_plane, value: %s}
                inputs:
                  vnfbd:
                    id: bd
                    experiments: {tests: 1, trials: %d}
                    scenario:
                      chains:
                        count: 1
                        nfs: 2
                        topology: snake
                        nf: %s
                    proceedings:
                      agents:
                        - uuid: tg
                          probers:
                            - id: 1
                              name: udp
                              parameters:
                                - {input: rate, value: "5000pps"}
                              sched: {duration: 1}
                      monitors:
                        - uuid: m
                          listeners:
                            - id: 1
                              name: interfaces
                              parameters:
                                - {input: duration, value: "1.6"}
                """.formatted(dataPlane, trials, nf));
        return file;
    }

    private static final String ROUTER = "{image: builtin/router, format: builtin}";
    /** An NF command that uses an interface its namespace does not have, and so exits at once. */
    private static final String FAILING_NF = "{format: process, lifecycle: [{workflow: start, implementation: "
            + "[/bin/sh, -c, \"ip link set eth9 up && exec sleep 600\"]}]}";

    private Process child(Path in, Path out, List<String> prefix) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", in.toString(), "--out", out.toString()));
        Process child = new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile()).start();
        children.add(child);
        return child;
    }

    /** Watches a child's descendants until it exits, collecting their pids and the network namespaces they are in. */
    private static final class Watch {
        final Set<Long> pids = ConcurrentHashMap.newKeySet();
        final Set<String> namespaces = ConcurrentHashMap.newKeySet();
        final Set<String> commands = ConcurrentHashMap.newKeySet();

        Watch(Process child) {
            String own = namespaceOf(ProcessHandle.current().pid()).orElse("");
            Thread thread = new Thread(() -> {
                while (child.isAlive()) {
                    child.descendants().forEach(p -> {
                        pids.add(p.pid());
                        namespaceOf(p.pid()).filter(ns -> !ns.equals(own)).ifPresent(namespaces::add);
                        p.info().commandLine().ifPresent(commands::add);
                    });
                    new CancellationToken().sleep(Duration.ofMillis(20));
                }
            }, "watch-" + child.pid());
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static Optional<String> namespaceOf(long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Which of {@code namespaces} any process of this machine is still in. */
    private static Set<String> alive(Set<String> namespaces) throws IOException {
        Set<String> found = ConcurrentHashMap.newKeySet();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> namespaceOf(Long.parseLong(p.getFileName().toString())).filter(namespaces::contains)
                            .ifPresent(found::add));
        }
        return found;
    }

    private void assertNothingLeft(Watch watch) throws IOException {
        await(() -> watch.pids.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
                "every process of the run to end");
        await(() -> {
            try {
                return alive(watch.namespaces).isEmpty();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "every namespace of the run to be gone");
        // nothing was ever created in this machine's own namespace: no veth or bridge of the run is visible here
        String ours = Files.readString(Path.of("/proc/self/net/dev"));
        assertThat(ours).doesNotContain("c1n1-in:", "sw-c1n1-in:", "c1-tx:", "xc1:");
    }

    @Test
    void shouldCarryPacketsThroughKernelRoutersAndLeaveNoNamespaceOrProcess() throws Exception {
        Path out = dir.resolve("out");
        Process child = child(vnfbr("namespaces", 2, ROUTER), out, List.of());
        Watch watch = new Watch(child);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.err"))).isEqualTo(ExitCode.OK);
        assertThat(watch.namespaces).as("sw, c1n1, c1n2, generator and sink").hasSizeGreaterThanOrEqualTo(5);
        assertThat(watch.commands).anyMatch(c -> c.contains("UdpLoadAgent send"))
                .anyMatch(c -> c.contains("UdpLoadAgent receive"));
        assertNothingLeft(watch);

        VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
        List<Snapshot> snapshots = written.outputs().get(0).vnfpp().reports().get(0).snapshots();
        assertThat(snapshots).hasSize(4);
        for (Snapshot snapshot : snapshots) {
            for (Evaluation evaluation : snapshot.evaluations()) {
                assertThat(evaluation.error()).isNull();
                if (evaluation.source().name().equals("udp")) {
                    assertThat(value(evaluation, "throughput_pps")).isPositive();
                } else {
                    assertThat(value(evaluation, "c1n1.c1n1-in.rx_packets")).isPositive();
                    assertThat(value(evaluation, "c1n2.c1n2-in.rx_packets")).isPositive();
                }
            }
        }
    }

    @Test
    void shouldExitWithRunErrorNamingTheNodeWhoseCommandExitedAndLeaveNothing() throws Exception {
        Path out = dir.resolve("out");
        Process child = child(vnfbr("namespaces", 1, FAILING_NF), out, List.of());
        Watch watch = new Watch(child);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.RUN_ERROR);
        assertThat(err.lines().filter(l -> l.startsWith("error:")).toList()).singleElement().satisfies(line ->
                assertThat(line).containsPattern("node c1n[12]: the NF command exited with status 1").contains("eth9"));
        assertNothingLeft(watch);
    }

    @Test
    void shouldNameTheSysctlWhenTheKernelRefusesANamespaceAndLeaveNothing() throws Exception {
        // given a user namespace in which at most 3 network namespaces may exist (the run needs 5): a real refusal
        // by the kernel, confined to the child
        Path unshare = NamespaceSupport.probe(NamespaceSupport.defaultIsolation()).tools().orElseThrow().unshare();
        List<String> limited = List.of(unshare.toString(), "--user", "--map-root-user", "/bin/sh", "-c",
                "echo 3 > /proc/sys/user/max_net_namespaces && exec \"$@\"", "limited");
        Path out = dir.resolve("out");
        Process child = child(vnfbr("namespaces", 1, ROUTER), out, limited);
        Watch watch = new Watch(child);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.RUN_ERROR);
        assertThat(err.lines().filter(l -> l.startsWith("error:")).toList()).singleElement().satisfies(line ->
                assertThat(line).containsPattern("(node (sw|c1n1|c1n2)|the traffic generator's namespace|the sink's "
                        + "namespace): the kernel refused a new namespace").contains("user.max_net_namespaces = 3"));
        assertNothingLeft(watch);
    }

    @Test
    void shouldFallBackToLoopbackWithANoteWhereTheKernelAllowsNoNamespace() throws Exception {
        Path unshare = NamespaceSupport.probe(NamespaceSupport.defaultIsolation()).tools().orElseThrow().unshare();
        List<String> none = List.of(unshare.toString(), "--user", "--map-root-user", "/bin/sh", "-c",
                "echo 0 > /proc/sys/user/max_net_namespaces && exec \"$@\"", "limited");
        Path out = dir.resolve("out");
        Process child = child(vnfbr("auto", 1, ROUTER), out, none);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.OK);
        assertThat(err).contains("warning: data_plane auto: the loopback relay data plane runs instead of network "
                + "namespaces because the kernel refused a new namespace").contains("user.max_net_namespaces = 0");
        VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
        var provenance = written.outputs().get(0).vnfpp().provenance();
        assertThat(provenance.facts()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("test.1.local.data_plane");
            assertThat(f.value()).isEqualTo("loopback");
        });
        assertThat(provenance.warnings()).anySatisfy(w -> assertThat(w).contains("data_plane auto: the loopback"));
    }

    @Test
    void shouldLeaveNoNamespaceOrProcessBehindWhenInterrupted() throws Exception {
        Path out = dir.resolve("out");
        Process child = child(vnfbr("namespaces", 30, ROUTER), out, List.of());
        Watch watch = new Watch(child);

        // once the namespaces exist and the load agents run, the run is in the middle of a Test
        await(() -> watch.namespaces.size() >= 5 && watch.commands.stream().anyMatch(c -> c.contains("UdpLoadAgent")),
                "the run to set up its namespaces and load agents");
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("child exits after SIGINT").isTrue();
        assertNothingLeft(watch);
        VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
        assertThat(written.error()).contains("cancelled");
    }

    @Test
    void shouldRunWithoutRootInAUserNamespaceOfItsOwn() throws Exception {
        // given this test runs as root (as CI does), the run goes to user nobody with a writable HOME and a copy of the
        // class path it can read; without root the other tests of this class already run unprivileged
        assumeTrue(NamespaceSupport.isRoot() || "true".equalsIgnoreCase(System.getenv("CI")),
                "runs as root only; unprivileged, the other tests cover this path");
        Optional<Path> setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable)
                .findFirst();
        assertThat(setpriv).as("setpriv (util-linux)").isPresent();
        Path home = Files.createTempDirectory(Path.of("/tmp"), "vnfbench-nobody-");
        try {
            Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            List<String> classPath = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path source = Path.of(entry);
                if (Files.isRegularFile(source)) {
                    Path copy = home.resolve((n++) + "-" + source.getFileName());
                    Files.copy(source, copy);
                    classPath.add(copy.toString());
                } else if (Files.isDirectory(source)) {
                    Path copy = home.resolve((n++) + "-classes");
                    try (Stream<Path> files = Files.walk(source)) {
                        for (Path file : files.toList()) {
                            Files.copy(file, copy.resolve(source.relativize(file).toString()));
                        }
                    }
                    classPath.add(copy.toString());
                }
            }
            Path in = Files.copy(vnfbr("namespaces", 1, ROUTER), home.resolve("in.yaml"));
            Path out = home.resolve("out");
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.toList()) {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString(
                            Files.isDirectory(file) ? "rwxrwxrwx" : "rw-rw-rw-"));
                }
            }
            List<String> command = List.of(setpriv.get().toString(), "--reuid=65534", "--regid=65534", "--clear-groups",
                    "env", "HOME=" + home, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(java.io.File.pathSeparator, classPath), Main.class.getName(),
                    "run", in.toString(), "--out", out.toString());
            Process child = new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
                    .redirectError(dir.resolve("child.err").toFile()).start();
            children.add(child);
            Watch watch = new Watch(child);

            assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.err"))).isEqualTo(ExitCode.OK);
            assertNothingLeft(watch);
            VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
            var output = written.outputs().get(0).vnfpp();
            assertThat(output.provenance().facts()).anySatisfy(f -> {
                assertThat(f.name()).isEqualTo("test.1.local.namespace_owner");
                assertThat(f.value()).isEqualTo("user-namespace");
            });
            Evaluation udp = output.reports().get(0).snapshots().stream().flatMap(sn -> sn.evaluations().stream())
                    .filter(e -> e.source().name().equals("udp")).findFirst().orElseThrow();
            assertThat(udp.error()).isNull();
            assertThat(value(udp, "throughput_pps")).isPositive();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void shouldLeaveNothingBehindWhenKilledWithoutAChanceToTearDown() throws Exception {
        // given NFs that are commands (kernel forwarding on, the command itself just stays), so the reaper has work
        String sleeper = "{format: process, lifecycle: [{workflow: configure, parameters: [{input: ip_forward, value: "
                + "\"1\"}]}, {workflow: start, implementation: [sleep, \"600\"]}]}";
        Process child = child(vnfbr("namespaces", 30, sleeper), dir.resolve("out"), List.of());
        Watch watch = new Watch(child);
        await(() -> watch.namespaces.size() >= 5 && watch.commands.stream().anyMatch(c -> c.contains("UdpLoadAgent"))
                && watch.commands.stream().anyMatch(c -> c.endsWith("sleep 600")), "the run to start its NFs and agents");

        // when the engine is killed with SIGKILL
        child.destroyForcibly();
        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();

        // then holders and agents end as their pipe closes, and the reaper kills the NF commands
        assertNothingLeft(watch);
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
            new CancellationToken().sleep(Duration.ofMillis(50));
        }
    }
}
