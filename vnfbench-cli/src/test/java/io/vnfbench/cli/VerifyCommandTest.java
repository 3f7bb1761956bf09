package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class VerifyCommandTest {
    private static final String GYM_GATE = """
            metrics:
              - name: throughput
                source: iperf3
                metric: bits_per_second
                agent: d1
                direction: higher
                tolerance: 5%
            """;

    @TempDir
    Path dir;

    Path gym(String name) throws IOException {
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            try (InputStream in = VerifyCommandTest.class.getResourceAsStream("/gym/" + name)) {
                Files.copy(in, target);
            }
        }
        return target;
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void shouldFailTheGateOnTheGymRunsWithATableAndJUnitXmlAParserReads() throws Exception {
        // given two Gym runs with the same variables; the second is rate-limited to 1 Gbit/s
        Path junit = dir.resolve("gate.xml");

        // when
        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-002.json").toString(), "--baseline",
                gym("results_vnfbr-001.json").toString(), "--gate", write("gate.yaml", GYM_GATE).toString(),
                "--junit", junit.toString());

        // then
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(r.out()).contains("baseline: results_vnfbr-001", "vnf_memory=2048,vnf_vcpu=1",
                "vnf_memory=2048,vnf_vcpu=2", "REGRESSION", "4/4", "gate: FAILED (");
        long rows = r.out().lines().filter(l -> l.contains("(iperf3/bits_per_second@d1, higher)")).count();
        long regressions = r.out().lines().filter(l -> l.contains("(iperf3/bits_per_second@d1, higher)")
                && l.contains("REGRESSION")).count();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo((int) rows);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo((int) regressions).isPositive();
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo(Long.toString(regressions));
    }

    @Test
    void shouldPassARunVerifiedAgainstItselfAndWriteTheVerdictsBackAsJson() throws Exception {
        Path out = dir.resolve("verified.json");

        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-001.json").toString(), "--baseline",
                gym("results_vnfbr-001.json").toString(), "--gate", write("gate.yaml", GYM_GATE).toString(),
                "--format", "json", "--output", out.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("gate").asText()).isEqualTo("passed");
        assertThat(json.get("verdicts")).isNotEmpty().allSatisfy(v -> assertThat(v.get("verdict").asText())
                .isIn("PASS", "INCONCLUSIVE"));
        assertThat(Files.readString(out)).contains("\"verification\"", "\"result\"", "\"PASS\"");
    }

    @Test
    void shouldExitThreeWithClearErrorsForAMalformedGate() throws Exception {
        String bad = """
                metrics:
                  - name: throughput
                    source: iperf3
                    metric: bits_per_second
                    tolerance: 5%
                """;

        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-002.json").toString(), "--baseline",
                gym("results_vnfbr-001.json").toString(), "--gate", write("bad.yaml", bad).toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("/verification/metrics[name='throughput']/direction: required");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void shouldExitThreeWhenThereIsNoGateAtAll() throws Exception {
        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-002.json").toString(), "--baseline",
                gym("results_vnfbr-001.json").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("results_vnfbr-002.json: /verification: no gated metric");
    }

    @Test
    void shouldSayNoBaselineForTheCandidatesTestsWhenTheBaselineSharesNoTestKey() throws Exception {
        String other = Files.readString(gym("results_vnfbr-001.json")).replace("\"vnf_vcpu\"", "\"vnf_cores\"");

        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-002.json").toString(), "--baseline",
                write("other.json", other).toString(), "--gate", write("gate.yaml", GYM_GATE).toString());

        assertThat(r.out().lines().filter(l -> l.startsWith("vnf_memory=2048,vnf_vcpu=")))
                .hasSize(2).allMatch(l -> l.contains("NO_BASELINE"));
        assertThat(r.err()).as("the Tests the candidate lost are named").contains("vnf_cores=1,vnf_memory=2048");
        assertThat(r.exit()).as("Tests the candidate lost fail the gate; the missing baseline alone does not")
                .isEqualTo(r.out().contains(" ERROR ") ? ExitCode.GATE_FAILED : ExitCode.OK);
    }

    @Test
    void shouldFollowTheNoBaselineRuleWhenTheBaselineFileDoesNotExistYet() throws Exception {
        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-002.json").toString(), "--baseline",
                dir.resolve("first-run/vnf-br.json").toString(), "--gate", write("gate.yaml", GYM_GATE).toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("baseline: no baseline (file ").contains("NO_BASELINE");
        assertThat(r.err()).contains("warning: no baseline: file ", "does not exist");
    }

    @Test
    void shouldExitFourForACandidateThatWasNeverRun() throws Exception {
        Path empty = write("empty.yaml", "id: never-run\nname: never run\n");

        CliTest.Result r = CliTest.run("verify", empty.toString(), "--baseline", gym("results_vnfbr-001.json").toString(),
                "--gate", write("gate.yaml", GYM_GATE).toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.RUN_ERROR);
        assertThat(r.err()).contains("cannot compare", "has no outputs (was it run?)");
    }

    @Test
    void shouldUseAHistoryDirectoryWithAPolicyAndSayWhenThePinnedRunIsMissing() throws Exception {
        Path history = Files.createDirectories(dir.resolve("history"));
        Files.copy(gym("results_vnfbr-001.json"), history.resolve("build-1.json"));
        Files.copy(gym("results_vnfbr-001.json"), history.resolve("build-2.json"));
        Path gate = write("gate.yaml", GYM_GATE);

        CliTest.Result last = CliTest.run("verify", gym("results_vnfbr-001.json").toString(), "--history",
                history.toString(), "--policy", "last", "--gate", gate.toString());
        CliTest.Result median = CliTest.run("verify", gym("results_vnfbr-002.json").toString(), "--history",
                history.toString(), "--policy", "median:2", "--gate", gate.toString());
        CliTest.Result pinned = CliTest.run("verify", gym("results_vnfbr-001.json").toString(), "--history",
                history.toString(), "--policy", "pinned:build-7", "--gate", gate.toString());

        assertThat(last.exit()).as(last.err()).isEqualTo(ExitCode.OK);
        assertThat(last.out()).contains("baseline: last passing run build-2");
        assertThat(median.exit()).as(median.err()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(median.out()).contains("median of 2 passing runs: build-1, build-2");
        assertThat(pinned.exit()).as(pinned.err()).isEqualTo(ExitCode.OK);
        assertThat(pinned.out()).contains("NO_BASELINE");
        assertThat(pinned.err()).contains("warning: no baseline: no run with id 'build-7'");
    }

    @Test
    void shouldRejectAnUnknownPolicyAsUsage() throws Exception {
        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-001.json").toString(), "--history",
                dir.toString(), "--policy", "best");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--policy: baseline 'best' is not one of: last, median:N, pinned:ID, file:PATH, targetBranch");
    }

    @Test
    void shouldRequireABaseline() throws Exception {
        CliTest.Result r = CliTest.run("verify", gym("results_vnfbr-001.json").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--baseline FILE or --history DIR");
    }
}
