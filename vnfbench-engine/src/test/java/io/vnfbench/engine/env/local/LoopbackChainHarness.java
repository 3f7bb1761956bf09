package io.vnfbench.engine.env.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessCommandRunner;
import io.vnfbench.engine.probe.Targets;
import io.vnfbench.engine.probe.ToolContext;
import io.vnfbench.engine.probe.UdpLoad;
import io.vnfbench.engine.probe.UdpProber;

/**
 * Measurement harness (not a test): deploys snake and pipeline chains on loopback (chains {1,2} x NFs {1,2,4}) and
 * runs the built-in {@code udp} prober with the given rate mode, printing medians over the trials. Figures go to
 * docs/local-environment.md. Usage: {@code LoopbackChainHarness [rate=max] [duration=1] [trials=3]}; add
 * {@code -Dvnfbench.forwarder.mode=poll} to measure the polling forwarder.
 */
final class LoopbackChainHarness {
    private LoopbackChainHarness() {
    }

    public static void main(String[] args) throws Exception {
        String rate = args.length > 0 ? args[0] : "max";
        String duration = args.length > 1 ? args[1] : "1";
        int trials = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LocalDeployer deployer = new LocalDeployer(Duration.ofSeconds(60), Duration.ofSeconds(2), Path.of("."));
        System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println("| topology | chains | NFs | deploy ms | throughput pps | loss % | latency avg us | latency p99 us | ndr pps | pdr pps | NF RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String topology : List.of("pipeline", "snake")) {
            for (int chains : new int[] {1, 2}) {
                for (int nfs : new int[] {1, 2, 4}) {
                    long t0 = System.nanoTime();
                    try (LocalDeployment deployment = deployer.deploy(ChainFixtures.chains(topology, chains, nfs), () -> false)) {
                        long deployMs = (System.nanoTime() - t0) / 1_000_000;
                        List<ProbeResult> results = new ArrayList<>();
                        for (int t = 0; t < trials; t++) {
                            results.add(new UdpProber().run(context(deployment, rate, duration)));
                        }
                        long rss = 0;
                        for (ProcessHandle h : deployment.processesOf("c1n1")) {
                            for (String line : Files.readAllLines(Path.of("/proc/" + h.pid() + "/status"))) {
                                if (line.startsWith("VmRSS:")) {
                                    rss += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                                }
                            }
                        }
                        System.out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.3f | %.0f | %.0f | %.0f | %.0f | %.1f |",
                                topology, chains, nfs, deployMs, median(results, "throughput_pps"), median(results, "frame_loss"),
                                median(results, "latency_avg"), median(results, "latency_p99"),
                                median(results, "ndr_pps"), median(results, "pdr_pps"), rss / 1e6));
                    }
                }
            }
        }
        System.out.println("load average at end: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static ToolContext context(LocalDeployment deployment, String rate, String duration) {
        List<UdpLoad.Chain> local = deployment.chains();
        List<Targets.Chain> chains = new ArrayList<>();
        for (int k = 0; k < local.size(); k++) {
            chains.add(new Targets.Chain(k + 1, new Endpoint("127.0.0.1", local.get(k).ingress().getPort()),
                    new Endpoint("127.0.0.1", local.get(k).egress().getPort())));
        }
        Targets targets = new Targets() {
            @Override
            public Optional<Endpoint> endpoint(String reference) {
                return Optional.empty();
            }

            @Override
            public List<Chain> chains() {
                return chains;
            }
        };
        UdpProber prober = new UdpProber();
        return new ToolContext("1", "tg", prober.withDefaults(Map.of("rate", rate, "duration", duration,
                "step_duration", duration)), null, Duration.ofMinutes(10), 1, 1, targets, new ProcessCommandRunner(),
                new CancellationToken(), Clock.systemUTC());
    }

    private static double median(List<ProbeResult> results, String metric) {
        double[] values = results.stream().flatMap(r -> r.metric(metric).stream())
                .mapToDouble(m -> m.scalarAsDouble()).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
