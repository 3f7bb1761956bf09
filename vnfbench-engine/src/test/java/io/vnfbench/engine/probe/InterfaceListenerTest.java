package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The counters listener against the real kernel counters of this process's own loopback interface, standing in for
 * an NF's interface (the namespaces data plane's tests read real NF namespaces).
 */
class InterfaceListenerTest extends ToolContractTest {

    /** Targets whose only "NF interface" is this namespace's lo, read from /proc/self/net/dev. */
    private static final NamespaceTargets LOOPBACK = new NamespaceTargets() {
        @Override
        public CommandRunner sinkCommands() {
            throw new UnsupportedOperationException("not needed");
        }

        @Override
        public Path procNet(Side side) {
            return Path.of("/proc/self/net");
        }

        @Override
        public TrafficLoad udpLoad(List<UdpLoad.Chain> chains, BooleanSupplier cancelled) {
            throw new UnsupportedOperationException("not needed");
        }

        @Override
        public List<SutInterface> interfaces() {
            return List.of(new SutInterface("nf", "nf-lo", "lo", Path.of("/proc/self/net/dev"), false),
                    new SutInterface("sw", "sw-lo", "lo", Path.of("/proc/self/net/dev"), true));
        }

        @Override
        public List<ProcessHandle> processesOf(String nodeId) {
            return List.of();
        }

        @Override
        public List<ProcessHandle> sutProcesses() {
            return List.of();
        }

        @Override
        public Optional<Endpoint> endpoint(String reference) {
            return Optional.empty();
        }

        @Override
        public List<Chain> chains() {
            return List.of();
        }
    };

    @Override
    protected Tool tool() {
        return new InterfaceListener();
    }

    @Override
    protected Targets targets() {
        return LOOPBACK;
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("duration", "0.2");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("duration", "3600");
    }

    private ProbeResult run(Map<String, String> parameters) throws InterruptedException {
        return tool().run(new ToolContext("1", "m", tool().withDefaults(parameters), null, Duration.ofSeconds(30), 1, 1,
                LOOPBACK, new ProcessCommandRunner(), new CancellationToken(), Clock.systemUTC()));
    }

    @Test
    void shouldCountThePacketsThatCrossedTheInterfaceWhileItRan() throws Exception {
        // given 500 datagrams sent over lo while the listener counts
        CompletableFuture<ProbeResult> counting = CompletableFuture.supplyAsync(() -> {
            try {
                return run(Map.of("duration", "1.5"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        new CancellationToken().sleep(Duration.ofMillis(300));
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            byte[] payload = new byte[64];
            for (int i = 0; i < 500; i++) {
                socket.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(),
                        socket.getLocalPort()));
            }
        }
        ProbeResult result = counting.get();

        // then lo's counters grew by at least that much, reported per node and connection point, NFs only
        assertThat(result.error()).isNull();
        assertThat(result.metrics()).extracting(Measurement::name).containsExactly("nf.nf-lo.rx_packets",
                "nf.nf-lo.rx_dropped", "nf.nf-lo.tx_packets", "nf.nf-lo.tx_dropped");
        assertThat(result.metric("nf.nf-lo.rx_packets").orElseThrow().scalarAsDouble()).isGreaterThanOrEqualTo(500);
        assertThat(result.metric("nf.nf-lo.tx_packets").orElseThrow().scalarAsDouble()).isGreaterThanOrEqualTo(500);
        assertThat(result.metric("nf.nf-lo.rx_packets").orElseThrow().unit()).isEqualTo("packets");
    }

    @Test
    void shouldReportTheSwitchOnRequestAndRefuseDeploymentsWithoutNamespaces() throws Exception {
        assertThat(run(Map.of("duration", "0.1", "nodes", "all")).metrics()).hasSize(8);
        assertThat(run(Map.of("duration", "0.1", "nodes", "sw")).metrics()).extracting(Measurement::name)
                .allMatch(n -> n.startsWith("sw.sw-lo."));
        ProbeResult none = tool().run(new ToolContext("1", "m", Map.of(), null, Duration.ofSeconds(5), 1, 1,
                Targets.none(), new ProcessCommandRunner(), new CancellationToken(), Clock.systemUTC()));
        assertThat(none.error()).contains("data_plane: namespaces");
    }
}
