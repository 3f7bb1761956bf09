package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Iperf3ProberTest extends ToolContractTest {

    @BeforeEach
    void needsIperf3() {
        InstalledTool.require("iperf3", "iperf3");
    }

    @Override
    protected Tool tool() {
        return new Iperf3Prober();
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("client", "true", "duration", "1", "protocol", "udp", "rate", "10M");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("client", "true", "duration", "3600");
    }

    @Test
    void shouldMeasureUdpOnLoopbackWithGymMetricNames() throws Exception {
        try (ProcessCommandRunner commands = new ProcessCommandRunner()) {
            ProbeResult result = tool().run(new ToolContext("1", "tg", tool().withDefaults(validParameters()), null,
                    Duration.ofSeconds(30), 1, 1, Targets.none(), commands, new CancellationToken(), Clock.systemUTC()));

            assertThat(result.error()).isNull();
            assertThat(result.call()).startsWith("iperf3 -c 127.0.0.1").contains("-u", "-b 10M", "-J");
            assertThat(result.version()).startsWith("iperf 3");
            assertThat(result.metric("bits_per_second").orElseThrow().scalarAsDouble()).isGreaterThan(1e6);
            assertThat(result.metric("lost_percent")).isPresent();
            assertThat(result.metric("jitter_ms")).isPresent();
        }
    }

    @Test
    void shouldTurnAnErrorReportIntoAnEvaluationError() throws Exception {
        // given a client pointed at a port where nothing listens: iperf3 prints {"error": ...}
        int closed = ExternalTools.freeTcpPort();
        try (ProcessCommandRunner commands = new ProcessCommandRunner()) {
            ProbeResult result = tool().run(new ToolContext("1", "tg", tool().withDefaults(Map.of("client", "true",
                    "server", "127.0.0.1", "port", String.valueOf(closed))), null, Duration.ofSeconds(30), 1, 1,
                    Targets.none(), commands, new CancellationToken(), Clock.systemUTC()));

            assertThat(result.error()).contains("iperf3 reported an error").contains("Connection refused");
            assertThat(result.metrics()).isEmpty();
        }
    }
}
