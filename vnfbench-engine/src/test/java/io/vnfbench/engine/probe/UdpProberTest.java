package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UdpProberTest extends ToolContractTest {
    /** A zero-hop "chain": the generator sends straight to the address its receiver listens on. */
    private final Targets loopback = loopbackChain();

    private static Targets loopbackChain() {
        int port;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = socket.getLocalPort();
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
        Endpoint endpoint = new Endpoint("127.0.0.1", port);
        return new Targets() {
            @Override
            public Optional<Endpoint> endpoint(String reference) {
                return Optional.empty();
            }

            @Override
            public List<Chain> chains() {
                return List.of(new Chain(1, endpoint, endpoint));
            }
        };
    }

    @Override
    protected Tool tool() {
        return new UdpProber();
    }

    @Override
    protected Targets targets() {
        return loopback;
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("duration", "0.2", "warmup", "0.05", "rate", "20000pps");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("duration", "3600", "rate", "1000pps");
    }

    private ProbeResult run(Map<String, String> parameters) throws InterruptedException {
        return tool().run(new ToolContext("1", "tg", tool().withDefaults(parameters), null, Duration.ofSeconds(60), 1, 1,
                loopback, new ProcessCommandRunner(), new CancellationToken(), Clock.systemUTC()));
    }

    @Test
    void shouldMeasureThroughputLossAndLatencyAtAFixedRate() throws Exception {
        // when 0.2 s at 20 kpps go through the zero-hop chain
        ProbeResult result = run(validParameters());

        // then about 4000 datagrams were sent and all arrived, with latency percentiles in microseconds
        assertThat(result.error()).isNull();
        assertThat(result.metric("tx_packets").orElseThrow().scalarAsDouble()).isBetween(2000.0, 6000.0);
        assertThat(result.metric("frame_loss").orElseThrow().scalarAsDouble()).isLessThan(1.0);
        assertThat(result.metric("throughput_pps").orElseThrow().scalarAsDouble()).isGreaterThan(10_000.0);
        assertThat(result.metric("latency_p99").orElseThrow().unit()).isEqualTo("us");
        assertThat(result.metric("latency_min").orElseThrow().scalarAsDouble())
                .isLessThanOrEqualTo(result.metric("latency_p50").orElseThrow().scalarAsDouble());
        assertThat(result.metric("throughput_bps").orElseThrow().scalarAsDouble())
                .isEqualTo(result.metric("throughput_pps").orElseThrow().scalarAsDouble() * 64 * 8);
    }

    @Test
    void shouldRunAnNdrPdrSearchAndReportItsSteps() throws Exception {
        ProbeResult result = run(Map.of("rate", "ndr_pdr", "step_duration", "0.05", "warmup", "0", "load_epsilon", "20"));

        assertThat(result.error()).isNull();
        assertThat(result.metric("ndr_pps")).isPresent();
        assertThat(result.metric("pdr_bps")).isPresent();
        assertThat(result.metric("pdr_pps").orElseThrow().scalarAsDouble())
                .isGreaterThanOrEqualTo(result.metric("ndr_pps").orElseThrow().scalarAsDouble());
        Measurement steps = result.metric("search_tx_pps").orElseThrow();
        assertThat(steps.series()).hasSize((int) result.metric("search_steps").orElseThrow().scalarAsDouble());
    }

    @Test
    void shouldConvertRatesAndRejectBadValues() {
        assertThat(UdpProber.pps("50kpps", 64)).isEqualTo(50_000.0);
        assertThat(UdpProber.pps("1Mbps", 125)).isEqualTo(1000.0);
        assertThat(tool().validate(Map.of("rate", "fast", "frame_size", "10")))
                .anySatisfy(p -> assertThat(p).contains("'rate'"))
                .anySatisfy(p -> assertThat(p).contains("'frame_size'", "28"));
    }

    @Test
    void shouldFailWithoutChains() throws Exception {
        ProbeResult result = tool().run(new ToolContext("1", "tg", tool().withDefaults(Map.of()), null,
                Duration.ofSeconds(5), 1, 1, Targets.none(), new ProcessCommandRunner(), new CancellationToken(),
                Clock.systemUTC()));

        assertThat(result.error()).contains("needs a chain scenario");
    }
}
