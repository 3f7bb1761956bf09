package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import io.vnfbench.engine.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step's whole path without Jenkins: the agent callable runs examples/local/vnf-br.yaml on loopback (built-in UDP
 * forwarders; no root, no extra packages), then the controller side gates it, first with no baseline, then against itself.
 */
class LocalEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void shouldRunTheLocalExampleOnTheAgentAndGateItOnTheController() throws Exception {
        // given
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.createDirectories(ws.resolve("bench"));
        String example = Files.readString(Path.of("..", "examples", "local", "vnf-br.yaml"));
        // shorter Trials than the example's 1 s keep the default build fast; the path through the code is the same
        String shorter = example.replace("- input: duration\n                  value: \"1\"",
                "- input: duration\n                  value: \"0.3\"");
        assertThat(shorter).as("the example's Trial duration was found and shortened").isNotEqualTo(example);
        Files.writeString(ws.resolve("bench/vnf-br.yaml"), shorter);
        AgentRequest request = new AgentRequest("bench/vnf-br.yaml", "vnfbench-out", "job#1", "", "", "", "", "", false);
        Fakes.Listener listener = new Fakes.Listener();

        // when: the agent side
        String vnfbrJson = new FilePath(ws.toFile()).act(new RunBenchmarkCallable(EngineAdapter.writeRequest(request), listener));

        // then
        assertThat(listener.text()).contains("[vnfbench] 2 instance(s), 10 Trial(s) in all").contains("run completed");
        assertThat(ws.resolve(request.outputVnfbr())).isRegularFile();
        assertThat(ws.resolve(request.lockFile())).doesNotExist();

        // when: the controller side, first build (no baseline), then a build gated against the first
        Path b1 = Files.createDirectories(tmp.resolve("b1"));
        Files.writeString(b1.resolve(StoredResult.VNFBR_FILE), vnfbrJson);
        GateReport first = EngineAdapter.INSTANCE.evaluate(b1.resolve(StoredResult.VNFBR_FILE),
                evaluation(Map.of(), "no baseline: first build", 1), b1);
        Path b2 = Files.createDirectories(tmp.resolve("b2"));
        Files.writeString(b2.resolve(StoredResult.VNFBR_FILE), vnfbrJson);
        GateReport second = EngineAdapter.INSTANCE.evaluate(b2.resolve(StoredResult.VNFBR_FILE),
                evaluation(Map.of("#1", b1.resolve(StoredResult.VNFBR_FILE)), "last passing build: #1", 2), b2);

        // then
        assertThat(first.verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(first.counts()).containsEntry(Verdict.NO_BASELINE, 4);
        assertThat(first.passing()).isTrue();
        assertThat(second.verdict()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        assertThat(second.failedTests()).isEmpty();
        // one row per Test key × gated metric (2 × 2), and the gate's systemic row per metric (Test key "*")
        List<VerdictRow> rows = EngineAdapter.INSTANCE.readRows(b2);
        assertThat(rows).filteredOn(r -> !r.getTestKey().equals("*")).hasSize(4);
        assertThat(rows).filteredOn(r -> r.getTestKey().equals("*")).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.getBaseline()).isEqualTo("last passing build: #1"));
        assertThat(b2.resolve(StoredResult.SUMMARY_FILE)).isRegularFile();
    }

    private static Engine.Evaluation evaluation(Map<String, Path> baselines, String note, long number) {
        return new Engine.Evaluation(StepSettings.of(new VnfBenchmarkStep("bench/vnf-br.yaml"), StepSettings.Defaults.NONE),
                baselines, note, "job#" + number, number);
    }
}
