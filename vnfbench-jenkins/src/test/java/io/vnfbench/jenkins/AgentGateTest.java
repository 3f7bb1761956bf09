package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.GateDecision;
import io.vnfbench.engine.session.GateOverrides;
import io.vnfbench.engine.session.GateRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate the agent consults while a verification run goes on: it crosses the channel as JSON and only as JSON. */
class AgentGateTest {

    @TempDir
    Path dir;

    @Test
    void shouldCarryTheChosenBaselinesAndTheStepsOverridesToTheAgentAsJson() throws Exception {
        // given: the controller chose two earlier builds, pooled; the step overrides the gate and interleaves versions
        Map<String, Path> chosen = new LinkedHashMap<>();
        chosen.put("#7", write("b7.json", Fakes.gym("results_vnfbr-001.json", "build-7", "passed")));
        chosen.put("#6", write("b6.json", Fakes.gym("results_vnfbr-001.json", "build-6", "passed")));
        GateOverrides overrides = new GateOverrides(List.of("throughput"), 0.05, 0.99, 4, null)
                .withInterleave("version=1.0,1.1");
        AgentRequest.Gate gate = AgentRequest.Gate.of(overrides, BaselineSource.runs(chosen, true, "median of 2 passing runs: #6, #7"));
        AgentRequest request = new AgentRequest("bench/vnf-br.yaml", "out", "job#8", "", "", "", "", "", false, gate);

        // when: it crosses the channel and the agent turns it into a gate request
        AgentRequest back = AgentRequest.fromJson(request.toJson());
        GateRequest onAgent = back.gate().request();

        // then: nothing is lost, and the agent's gate has the same overrides and the same baseline runs
        assertThat(back).isEqualTo(request);
        assertThat(back.gate().baselines()).extracting(AgentRequest.BaselineRun::id).containsExactly("#7", "#6");
        assertThat(onAgent.overrides()).isEqualTo(overrides);
        assertThat(onAgent.baseline().description()).isEqualTo("median of 2 passing runs: #6, #7");
        assertThat(onAgent.baseline().pooled()).isTrue();
    }

    @Test
    void shouldGateOnTheAgentAsOnTheController() throws Exception {
        // given: Gym's rate-limited run as the candidate, its first run as the chosen baseline
        Path base = write("b1.json", Fakes.gym("results_vnfbr-001.json", "build-1", "passed"));
        Path candidate = write("candidate.json", Fakes.gym("results_vnfbr-002.json", "candidate", null));
        BaselineSource chosen = BaselineSource.runs(Map.of("#1", base), false, "last passing run #1");
        AgentRequest.Gate gate = AgentRequest.fromJson(new AgentRequest("v.yaml", "out", "job#2", "", "", "", "", "", false,
                AgentRequest.Gate.of(GateOverrides.NONE, chosen)).toJson()).gate();

        // when
        GateDecision onAgent = Fakes.ENGINE.gate(candidate, gate.request(), null);
        GateDecision onController = Fakes.ENGINE.gate(candidate, GateRequest.against(chosen), null);

        // then
        assertThat(onAgent.result().verdicts()).isEqualTo(onController.result().verdicts()).isNotEmpty();
        assertThat(onAgent.baselineId()).isEqualTo(onController.baselineId()).isEqualTo("last passing run #1");
    }

    @Test
    void shouldSendNoGateInBenchmarkingMode() throws Exception {
        AgentRequest request = new AgentRequest("bench/vnf-br.yaml", "out", "job#1", "", "", "", "", "", false, null);

        assertThat(AgentRequest.fromJson(request.toJson()).gate()).isNull();
    }

    private Path write(String name, io.vnfbench.engine.model.VnfBr br) throws Exception {
        Path file = dir.resolve(name);
        Documents.writeAtomically(file, br);
        return Files.exists(file) ? file : null;
    }
}
