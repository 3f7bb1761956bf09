package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PingOutputTest {

    @Test
    void shouldReadRttAndLossAsGymNamesThem() throws IOException {
        // given captured iputils output
        String output = Iperf3OutputTest.sample("ping-ok.txt");

        // when
        PingOutput.Parsed parsed = PingOutput.parse(output);

        // then
        assertThat(parsed.error()).isNull();
        assertThat(value(parsed, "rtt_min")).isEqualTo(0.042);
        assertThat(value(parsed, "rtt_avg")).isEqualTo(0.046);
        assertThat(value(parsed, "rtt_max")).isEqualTo(0.053);
        assertThat(value(parsed, "rtt_mdev")).isEqualTo(0.005);
        assertThat(value(parsed, "frame_loss")).isEqualTo(0.0);
        assertThat(parsed.metrics()).filteredOn(m -> m.name().equals("rtt_avg")).extracting(Measurement::unit)
                .containsExactly("ms");
    }

    @Test
    void shouldReportTotalLossWithoutRtt() throws IOException {
        // given an unreachable target (with "+1 errors" in the statistics line)
        PingOutput.Parsed parsed = PingOutput.parse(Iperf3OutputTest.sample("ping-unreachable.txt"));

        // then
        assertThat(parsed.error()).isNull();
        assertThat(value(parsed, "frame_loss")).isEqualTo(100.0);
        assertThat(parsed.metrics()).noneMatch(m -> m.name().startsWith("rtt_"));
    }

    @Test
    void shouldCallOutputWithoutStatisticsAnError() {
        assertThat(PingOutput.parse("ping: nonexistent.invalid: Name or service not known").error())
                .contains("no statistics");
    }

    private static double value(PingOutput.Parsed parsed, String name) {
        return parsed.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().scalarAsDouble();
    }
}
