package io.vnfbench.engine.trend;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Generated runs for tests. */
final class TrendFixtures {
    static final MetricKey PPS = new MetricKey("chains=1,nfs=2,topology=snake", "udp-load", "throughput_pps");

    private TrendFixtures() {
    }

    /** {@code runs} runs of one metric with three trials each around {@code level}, seeded for repeatability. */
    static History history(int runs, double level, long seed) {
        Random random = new Random(seed);
        RunSummary[] list = new RunSummary[runs];
        for (int r = 0; r < runs; r++) {
            RunSummaryBuilder b = new RunSummaryBuilder("run-" + (r + 1)).runNumber(r + 1L)
                    .timestamp(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * r));
            for (int t = 0; t < 3; t++) {
                b.addSample(PPS, "pps", level * (1 + 0.02 * random.nextGaussian()));
            }
            list[r] = b.build();
        }
        return new History(List.of(list));
    }
}
