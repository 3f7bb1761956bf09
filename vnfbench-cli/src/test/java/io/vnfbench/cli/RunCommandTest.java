package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.probe.CancellationToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vnfbench run} in-process, and in a child JVM that is interrupted or killed. */
class RunCommandTest {
    private static final Duration BOUND = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final List<ProcessHandle> started = new ArrayList<>();

    /** A one-NF pipeline on loopback whose agent runs the no-op prober {@code trials} times. */
    private Path vnfbr(int tests, int trials, int delayMs, String extraParameter) throws IOException {
        Path file = dir.resolve("in.yaml");
        Files.writeString(file, """
                id: run-test
                name: run command test
                environment: {orchestrator: {type: local}}
                inputs:
                  vnfbd:
                    id: bd
                    experiments: {tests: %d, trials: %d}
                    scenario:
                      chains:
                        count: 1
                        nfs: 1
                        topology: pipeline
                        nf: {image: builtin/forwarder, format: builtin}
                        switch: {image: builtin/switch, format: builtin}
                    proceedings:
                      agents:
                        - uuid: a1
                          probers:
                            - id: 1
                              name: noop
                              parameters:
                                - {input: delay_ms, value: "%d"}
                %s
                """.formatted(tests, trials, delayMs, extraParameter));
        return file;
    }

    @AfterEach
    void killLeftovers() {
        for (ProcessHandle p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void shouldRunWriteTheVnfBrAndPrintOneJsonDocument() throws Exception {
        Path in = vnfbr(1, 2, 0, "");

        CliTest.Result r = CliTest.run("run", in.toString(), "--out", dir.resolve("out").toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("status").asText()).isEqualTo("completed");
        assertThat(json.get("trials_run").asInt()).isEqualTo(2);
        assertThat(json.get("tests").get(0).get("metrics").get(0).get("metric").asText()).isEqualTo("noop");
        assertThat(json.get("tests").get(0).get("metrics").get(0).get("trials").asInt()).isEqualTo(2);
        VnfBr written = Documents.read(dir.resolve("out/vnf-br.json"), VnfBr.class).value();
        assertThat(written.outputs()).hasSize(1);
        assertThat(written.outputs().get(0).vnfpp().reports().get(0).snapshots()).hasSize(2);
        assertThat(written.outputs().get(0).vnfpp().provenance().environment()).isEqualTo("local");
        assertThat(r.err()).contains("Trial 2/2");
    }

    @Test
    void shouldPrintAMedianTableAsText() throws Exception {
        Path in = vnfbr(1, 3, 0, "");

        CliTest.Result r = CliTest.run("run", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("TEST KEY").contains("MEDIAN").contains("noop/noop")
                .containsPattern("noop/noop +1 +1 +3 +0 +0")
                .contains("completed: 3 Trials run, 0 resumed, 0 errors")
                .contains("report: " + dir.resolve("out/report/index.html").toAbsolutePath());
        assertThat(dir.resolve("out/report/index.html")).content().contains("<html", "noop");
    }

    @Test
    void shouldExitWithInvalidInputForAnUnknownParameterAndWriteNothing() throws Exception {
        Path in = vnfbr(1, 1, 0, "                - {input: rate, value: 1G}");

        CliTest.Result r = CliTest.run("run", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("'rate'");
        assertThat(dir.resolve("out/vnf-br.json")).doesNotExist();
    }

    @Test
    void shouldExitWithALocatedInvalidInputWhenANodeIdCollidesWithAGeneratedChainNf() throws Exception {
        Path in = dir.resolve("collide.yaml");
        Files.writeString(in, """
                id: collide
                inputs:
                  vnfbd:
                    id: bd
                    experiments: {tests: 1, trials: 1}
                    scenario:
                      nodes:
                        - {id: c1n1, image: builtin/router, format: builtin}
                      chains: {count: 1, nfs: 1, topology: snake}
                    proceedings:
                      agents:
                        - uuid: tg
                          probers:
                            - {id: 1, name: noop}
                """);

        CliTest.Result r = CliTest.run("run", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err().strip()).doesNotContain("Exception").isEqualTo("error: " + in + ":8:11:"
                + " /inputs/vnfbd/scenario/nodes[id='c1n1']: node id 'c1n1' is also the id the chains generate for NF"
                + " 1 of chain 1 (chain NFs are c<k>n<j>, the switch sw); rename the node");
        assertThat(dir.resolve("out/vnf-br.json")).doesNotExist();
    }

    @Test
    void shouldExitWithInvalidInputForAnUnknownOrchestrator() throws Exception {
        Path in = vnfbr(1, 1, 0, "");
        Files.writeString(in, Files.readString(in).replace("type: local", "type: containernet"));

        CliTest.Result r = CliTest.run("run", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("'containernet'").contains("local");
    }

    @Test
    void shouldLeaveNoProcessBehindWhenInterrupted() throws Exception {
        Path in = vnfbr(1, 1, 600_000, "");
        Path out = dir.resolve("out");
        Process child = startChild(in, out);

        // the chain's NF processes are up once the child has descendants
        await(() -> child.descendants().findAny().isPresent(), "the run to start its NF processes");
        Set<Long> descendants = pids(child);
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS);

        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("child exits after SIGINT").isTrue();
        await(() -> descendants.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                .orElse(false)), "every process of the run to end");
        VnfBr written = Documents.read(out.resolve("vnf-br.json"), VnfBr.class).value();
        assertThat(written.error()).contains("cancelled");
    }

    @Test
    void shouldResumeAfterSigkillWithoutRepeatingFinishedTrials() throws Exception {
        Path in = vnfbr(2, 3, 300, "");
        Path out = dir.resolve("out");
        Path file = out.resolve("vnf-br.json");
        Process child = startChild(in, out);

        await(() -> finishedTrials(file) >= 2, "two finished Trials in the file");
        Set<Long> descendants = pids(child);
        child.destroyForcibly();
        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        descendants.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));

        VnfBr killed = Documents.read(file, VnfBr.class).value();
        Map<String, String> before = trialTimestamps(killed);
        assertThat(before).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThan(6);

        CliTest.Result r = CliTest.run("run", file.toString(), "--resume", "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("trials_resumed").asInt()).isEqualTo(before.size());
        assertThat(json.get("trials_run").asInt()).isEqualTo(6 - before.size());
        VnfBr resumed = Documents.read(file, VnfBr.class).value();
        Map<String, String> after = trialTimestamps(resumed);
        assertThat(after).hasSize(6).containsAllEntriesOf(before);
        assertThat(resumed.error()).isNull();
        assertThat(resumed.timestamp().start()).isEqualTo(killed.timestamp().start());
    }

    /** test/trial → the evaluation's start time, for every finished Trial (one agent: one snapshot per Trial). */
    private static Map<String, String> trialTimestamps(VnfBr vnfbr) {
        Map<String, String> times = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Report report : vnfbr.outputs().get(0).vnfpp().reports()) {
            for (Snapshot snapshot : report.snapshots()) {
                String key = report.test() + "/" + snapshot.trial();
                assertThat(seen.add(key)).as("Trial %s appears once", key).isTrue();
                times.put(key, snapshot.evaluations().get(0).timestamp().start());
            }
        }
        return times;
    }

    private static int finishedTrials(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            VnfBr v = Documents.read(file, VnfBr.class).value();
            return v.outputs().isEmpty() || v.outputs().get(0).vnfpp() == null ? 0
                    : v.outputs().get(0).vnfpp().reports().stream().mapToInt(r -> r.snapshots().size()).sum();
        } catch (DocumentException e) {
            throw new AssertionError("the VNF-BR file must always be valid: " + e.getMessage(), e);
        }
    }

    @Test
    void shouldWriteTheVnfBrAndTheReportWithTheUsersUmask() throws Exception {
        // given: a user whose files are not for others (umask 027), running vnfbench from a shell
        Path in = vnfbr(1, 2, 0, "");
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // when
        Process child = new ProcessBuilder("sh", "-c", "umask 027 && exec \"$0\" -cp \"$1\" " + Main.class.getName()
                + " run \"$2\" --out \"$3\"", java, System.getProperty("java.class.path"), in.toString(),
                out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile()).start();
        started.add(child.toHandle());

        // then
        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.out"))).isEqualTo(ExitCode.OK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("vnf-br.json"))))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("report/index.html"))))
                .isEqualTo("rw-r-----");
    }

    private Process startChild(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", in.toString(), "--out", out.toString())
                .redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile())
                .start();
        started.add(child.toHandle());
        return child;
    }

    private static Set<Long> pids(Process process) {
        Set<Long> pids = new HashSet<>();
        process.descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    private void await(java.util.function.BooleanSupplier condition, String what) throws IOException {
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
