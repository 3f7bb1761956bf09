package io.vnfbench.engine.probe;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measurement harness (not a test): the built-in prober's packet rate on loopback (generator straight into its own
 * receiver, no NF) next to iperf3 UDP with the same payload size, in the same run, alternating. Figures go to
 * docs/local-environment.md. Usage: {@code LoopbackRateHarness [seconds=1] [rounds=3] [payload=64]}.
 */
final class LoopbackRateHarness {
    private LoopbackRateHarness() {
    }

    public static void main(String[] args) throws Exception {
        String seconds = args.length > 0 ? args[0] : "1";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String payload = args.length > 2 ? args[2] : "64";
        System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println("| round | tool | sent pps | received pps | loss % |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            ProbeResult builtin = new UdpProber().run(context(new UdpProber(), Map.of("rate", "max", "window", "0",
                    "duration", seconds, "frame_size", payload, "flows", "1"), zeroHop()));
            System.out.println(String.format(Locale.ROOT, "| %d | udp (built-in) | %.0f | %.0f | %.2f |", round,
                    value(builtin, "tx_pps"), value(builtin, "throughput_pps"), value(builtin, "frame_loss")));
            ProbeResult iperf = new Iperf3Prober().run(context(new Iperf3Prober(), Map.of("client", "true",
                    "protocol", "udp", "rate", "0", "length", payload, "duration", seconds), Targets.none()));
            double packets = value(iperf, "packets");
            double lost = value(iperf, "lost_packets");
            double s = Double.parseDouble(seconds);
            System.out.println(String.format(Locale.ROOT, "| %d | iperf3 -u -b 0 -l %s | %.0f | %.0f | %.2f |%s", round,
                    payload, packets / s, (packets - lost) / s, value(iperf, "lost_percent"),
                    iperf.error() == null ? "" : " error: " + iperf.error()));
        }
        System.out.println("load average at end: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static double value(ProbeResult result, String metric) {
        return result.metric(metric).map(Measurement::scalarAsDouble).orElse(Double.NaN);
    }

    private static Targets zeroHop() throws Exception {
        int port;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = socket.getLocalPort();
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

    private static ToolContext context(Tool tool, Map<String, String> parameters, Targets targets) {
        return new ToolContext("1", "tg", tool.withDefaults(parameters), null, Duration.ofMinutes(2), 1, 1, targets,
                new ProcessCommandRunner(), new CancellationToken(), Clock.systemUTC());
    }
}
