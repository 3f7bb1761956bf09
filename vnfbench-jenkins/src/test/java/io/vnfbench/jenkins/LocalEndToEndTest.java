package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.VerdictLine;
import io.vnfbench.jenkins.Fakes.FakeJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step's whole path without Jenkins: build #1 runs examples/local/vnf-br.yaml on loopback (built-in UDP forwarders;
 * no root, no extra packages) through the agent callable and gates it with no baseline; build #2 is gated against
 * build #1 with the same profiles, so its verdicts are those of a run compared with itself.
 */
class LocalEndToEndTest {

    private static final String BENCH = "bench/vnf-br.yaml";

    @TempDir
    Path tmp;

    @Test
    void shouldRunTheLocalExampleOnTheAgentAndGateItOnTheController() throws Exception {
        // given
        Path ws = Files.createDirectories(tmp.resolve("ws/bench"));
        String example = Files.readString(Path.of("..", "examples", "local", "vnf-br.yaml"));
        // shorter Trials than the example's 1 s keep the default build fast; the path through the code is the same
        String shorter = example.replace("- input: duration\n                  value: \"1\"",
                "- input: duration\n                  value: \"0.3\"");
        assertThat(shorter).as("the example's Trial duration was found and shortened").isNotEqualTo(example);
        Files.writeString(ws.resolve("vnf-br.yaml"), shorter);
        FakeJob job = new FakeJob(new Fakes.Folder(""), "local", tmp.resolve("jobs"));
        Fakes.Listener log = new Fakes.Listener();

        // when: build #1 on the agent side as remoting runs it (in-process for a local workspace)
        Map<String, Object> first = Fakes.runStep(job.newBuild(), new VnfBenchmarkStep(BENCH), ws.getParent(),
                AgentGateway.REMOTING, log);

        // then
        assertThat(log.text()).contains("[vnfbench] run: 2 instances, 10 Trials").contains("run completed");
        assertThat(ws.resolve("../vnfbench-out/bench_vnf-br.yaml/vnf-br.json")).isRegularFile();
        assertThat(ws.resolve("../vnfbench-out/bench_vnf-br.yaml/.running")).doesNotExist();
        assertThat(first).containsEntry("verdict", "NO_BASELINE").containsEntry("passed", true);
        assertThat(first.get("counts").toString()).contains("NO_BASELINE=4");

        // when: build #2, whose run measured what build #1 measured
        Path kept = BenchmarkAction.directory(job.builds.get(0), 1).resolve(Archive.VNFBR_FILE);
        Map<String, Object> second = Fakes.runStep(job.newBuild(), new VnfBenchmarkStep(BENCH), ws.getParent(),
                new Fakes.Replay(Files.readString(kept)), new Fakes.Listener());

        // then: one row per Test key × gated metric (2 × 2), and the gate's systemic row per metric (Test key "*")
        List<VerdictLine> rows = job.builds.get(1).getAction(BenchmarkAction.class).getRows();
        // the same profiles never differ; whether 5 Trials rule out a regression of the detectable size (PASS) or
        // not (INCONCLUSIVE, which marks the build UNSTABLE) depends on the noise build #1 measured
        assertThat(second).containsEntry("baseline", "last passing run #1").containsEntry("failed", List.of())
                .containsEntry("passed", true);
        assertThat(second.get("verdict") + " " + second.get("result")).isIn("PASS SUCCESS", "INCONCLUSIVE UNSTABLE");
        assertThat(rows).filteredOn(r -> !r.testKey().equals("*")).hasSize(4);
        assertThat(rows).filteredOn(r -> r.testKey().equals("*")).hasSize(2);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.baseline()).isEqualTo("last passing run #1");
            assertThat(r.change()).isIn("+0.00 %", "");
        });
        assertThat(rows).extracting(VerdictLine::verdict).doesNotContain(Verdict.REGRESSION, Verdict.IMPROVEMENT,
                Verdict.ERROR, Verdict.NO_BASELINE);
        assertThat(BenchmarkAction.directory(job.builds.get(1), 1).resolve(Archive.SUMMARY_FILE)).isRegularFile();
    }
}
