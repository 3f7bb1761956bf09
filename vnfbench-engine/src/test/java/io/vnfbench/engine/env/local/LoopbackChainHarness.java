package io.vnfbench.engine.env.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import io.vnfbench.engine.probe.UdpLoad;

/**
 * Measurement harness (not a test): deploys snake and pipeline chains on loopback and offers the highest rate the
 * generator reaches; prints received pps, loss and latency. Run with the test class path; figures go to
 * docs/local-environment.md.
 */
final class LoopbackChainHarness {
    private LoopbackChainHarness() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        int window = args.length > 3 ? Integer.parseInt(args[3]) : 128;
        String[] topologies = args.length > 2 ? args[2].split(",") : new String[] {"pipeline", "snake"};
        LocalDeployer deployer = new LocalDeployer(Duration.ofSeconds(30), Duration.ofSeconds(2), Path.of("."));
        System.out.println("topology chains nfs deploy_ms tx_pps rx_pps loss_% lat_avg_us lat_p99_us");
        for (String topology : topologies) {
            for (int chains : new int[] {1, 2}) {
                for (int nfs : new int[] {1, 2, 4}) {
                    long t0 = System.nanoTime();
                    try (LocalDeployment deployment = deployer.deploy(ChainFixtures.chains(topology, chains, nfs), () -> false)) {
                        long deployMs = (System.nanoTime() - t0) / 1_000_000;
                        UdpLoad load = new UdpLoad(deployment.chains(), () -> false);
                        UdpLoad.Outcome o = load.run(new UdpLoad.Stimulus(rate, window, 64, Duration.ofMillis((long) (seconds * 1000)),
                                chains * 2, Duration.ofMillis(200), Duration.ofMillis(50), Duration.ofSeconds(1)));
                        System.out.println(String.format(Locale.ROOT, "%s %d %d %d %.0f %.0f %.3f %.1f %.1f", topology, chains, nfs,
                                deployMs, o.txPps(), o.rxPps(), o.lossPercent(), o.latency().getMean() / 1000,
                                o.latency().getValueAtPercentile(99) / 1000.0));
                    }
                }
            }
        }
    }
}
