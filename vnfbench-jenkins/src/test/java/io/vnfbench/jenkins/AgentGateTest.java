package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.session.GateRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate the agent consults while a verification run goes on: it crosses the channel as JSON and only as JSON. */
class AgentGateTest {

    @TempDir
    Path dir;

    @Test
    void shouldCarryTheChosenBaselinesAndTheStepsOverridesToTheAgentAsJson() throws Exception {
        // given a request whose gate holds a baseline run and the step's options, interleaving included
        AgentGate gate = new AgentGate(List.of("throughput"), "0.05", "0.99", 4L, "version=1.0,1.1", true,
                "median of the last 2 passing builds", List.of(new AgentGate.AgentBaseline("#7", "{\"id\": \"b7\"}")));
        AgentRequest request = new AgentRequest("bench/vnf-br.yaml", "out", "job#8", "", "", "", "", "", false, gate);

        // when it crosses the channel and the agent turns it into a gate request
        AgentRequest back = EngineAdapter.readRequest(EngineAdapter.writeRequest(request));
        GateRequest onAgent = back.gate().request(dir);

        // then nothing is lost, the baseline is a file on the agent, and the overrides apply
        assertThat(back).isEqualTo(request);
        assertThat(Files.readString(dir.resolve("baseline-0.json"))).isEqualTo("{\"id\": \"b7\"}");
        assertThat(onAgent.overrides().tolerance()).isEqualTo(0.05);
        assertThat(onAgent.overrides().minSamples()).isEqualTo(4);
        assertThat(onAgent.overrides().interleave().variable()).isEqualTo("version");
        assertThat(onAgent.overrides().interleave().candidate()).isEqualTo("1.1");
        assertThat(onAgent.baseline().toString()).contains("median of the last 2 passing builds");
    }

    @Test
    void shouldSendNoGateInBenchmarkingMode() throws Exception {
        AgentRequest request = new AgentRequest("bench/vnf-br.yaml", "out", "job#1", "", "", "", "", "", false);

        assertThat(EngineAdapter.readRequest(EngineAdapter.writeRequest(request)).gate()).isNull();
    }
}
