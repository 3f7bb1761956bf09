package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PingProberTest extends ToolContractTest {

    @BeforeEach
    void needsPing() {
        InstalledTool.require("ping", "iputils-ping");
    }

    @Override
    protected Tool tool() {
        return new PingProber();
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("target", "127.0.0.1", "packets", "3", "interval", "0.2");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("target", "127.0.0.1", "packets", "100000", "interval", "0.2");
    }

    @Test
    void shouldPingLoopbackWithGymMetricNames() throws Exception {
        try (ProcessCommandRunner commands = new ProcessCommandRunner()) {
            ProbeResult result = tool().run(new ToolContext("1", "tg", tool().withDefaults(validParameters()), null,
                    Duration.ofSeconds(30), 1, 1, Targets.none(), commands, new CancellationToken(), Clock.systemUTC()));

            assertThat(result.error()).isNull();
            assertThat(result.call()).isEqualTo("ping -n -c 3 -i 0.2 127.0.0.1");
            assertThat(result.metric("rtt_avg").orElseThrow().unit()).isEqualTo("ms");
            assertThat(result.metric("frame_loss").orElseThrow().scalarAsDouble()).isEqualTo(0.0);
        }
    }

    @Test
    void shouldRequireATarget() {
        assertThat(tool().validate(Map.of())).anySatisfy(p -> assertThat(p).contains("'target'"));
        assertThat(tool().validate(Map.of("target", "-f"))).anySatisfy(p -> assertThat(p).contains("'target'"));
    }
}
