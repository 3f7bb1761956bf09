package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Iperf3OutputTest {

    static String sample(String name) throws IOException {
        try (InputStream in = Iperf3OutputTest.class.getResourceAsStream("/probe/" + name)) {
            assertThat(in).as("test resource /probe/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldReadTcpClientThroughputAsGymNamesIt() throws IOException {
        // given a captured iperf3 3.12 TCP client report
        String json = sample("iperf3-client-tcp.json");

        // when
        Iperf3Output.Parsed parsed = Iperf3Output.parse(json, true);

        // then
        assertThat(parsed.error()).isNull();
        assertThat(parsed.version()).isEqualTo("iperf 3.12");
        assertThat(metric(parsed, "bits_per_second").scalarAsDouble()).isEqualTo(11874466289.054632);
        assertThat(metric(parsed, "bytes").scalar()).isEqualTo("1488977920");
        assertThat(metric(parsed, "retransmits").scalar()).isEqualTo("13");
        assertThat(metric(parsed, "received_bits_per_second").scalarAsDouble()).isEqualTo(11825168890.275494);
    }

    @Test
    void shouldReadUdpLossAndJitterFromTheReceiverSummary() throws IOException {
        // given a captured UDP client report with loss
        String json = sample("iperf3-client-udp.json");

        // when
        Iperf3Output.Parsed parsed = Iperf3Output.parse(json, true);

        // then
        assertThat(parsed.error()).isNull();
        assertThat(metric(parsed, "lost_packets").scalar()).isEqualTo("32355");
        assertThat(metric(parsed, "packets").scalar()).isEqualTo("84901");
        assertThat(metric(parsed, "lost_percent").scalarAsDouble()).isEqualTo(38.10909176570358);
        assertThat(metric(parsed, "jitter_ms").scalarAsDouble()).isEqualTo(0.2370753138206588);
        assertThat(metric(parsed, "bits_per_second").unit()).isEqualTo("bps");
    }

    @Test
    void shouldFailOnATopLevelErrorEvenWithExitCodeZero() throws IOException {
        // given iperf3's report of a refused connection (iperf3 may exit 0 with such a report)
        String json = sample("iperf3-client-refused.json");

        // when
        Iperf3Output.Parsed parsed = Iperf3Output.parse(json, true);

        // then
        assertThat(parsed.error()).contains("unable to connect to server: Connection refused");
        assertThat(parsed.metrics()).isEmpty();
    }

    @Test
    void shouldReportNoMetricsForAServerLikeGym() throws IOException {
        assertThat(Iperf3Output.parse(sample("iperf3-server-tcp.json"), false).metrics()).isEmpty();
        assertThat(Iperf3Output.parse(sample("iperf3-server-tcp.json"), false).error()).isNull();
    }

    @Test
    void shouldCallGarbageAnError() {
        assertThat(Iperf3Output.parse("iperf3: error - unable to connect", true).error()).contains("not JSON");
        assertThat(Iperf3Output.parse("", true).error()).contains("not JSON");
        assertThat(Iperf3Output.parse("{\"start\": {}}", true).error()).contains("no end.sum_sent");
    }

    static Measurement metric(Iperf3Output.Parsed parsed, String name) {
        return parsed.metrics().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in " + parsed.metrics()));
    }
}
