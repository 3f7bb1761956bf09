package io.vnfbench.engine.bench;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.render.ChartSize;
import io.vnfbench.engine.render.TrendChart;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.trend.TrendSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Harness for the trend path: 1,000 runs of 32 test keys × 10 metrics × 5 Trials summarised from VNF-BRs, then one
 * trend chart over all 1,000 runs. Prints per-step CPU and wall times and the peak heap. Not part of {@code mvn verify};
 * the command is in docs/performance.md.
 */
public final class TrendBenchmark {
    static final int RUNS = 1000;
    static final int KEYS = 32;
    static final int METRICS = 10;
    static final int TRIALS = 5;

    private TrendBenchmark() {
    }

    static VnfBr run(int index, Random random) {
        List<Output> outputs = new ArrayList<>(KEYS);
        for (int k = 0; k < KEYS; k++) {
            String topology = k % 2 == 0 ? "snake" : "pipeline";
            int chains = 1 << ((k / 2) % 4);
            int nfs = 1 << ((k / 8) % 4);
            List<Snapshot> snapshots = new ArrayList<>(TRIALS);
            for (int t = 1; t <= TRIALS; t++) {
                List<Metric> metrics = new ArrayList<>(METRICS);
                for (int m = 0; m < METRICS; m++) {
                    double level = (m + 1) * 1e5 / nfs;
                    metrics.add(Metric.scalar("metric_" + m, m < 5 ? "pps" : "us",
                            level * (1 + 0.03 * random.nextGaussian())));
                }
                Evaluation e = new Evaluation("1", 1L, 1L, new Source("udp", "udp-load", "prober", "1", "udp"),
                        new Timestamps("2026-01-01T00:00:00Z", "2026-01-01T00:00:10Z"), metrics, null);
                snapshots.add(new Snapshot(Integer.toString(t), (long) t, null, List.of(e), null, null));
            }
            VnfPp pp = new VnfPp(Integer.toString(k), "pp", null, null, null,
                    List.of(new Report("1", 1L, snapshots, null, null)));
            outputs.add(new Output(Integer.toString(k + 1), List.of(new VariableValue("topology", topology),
                    new VariableValue("chains", Integer.toString(chains)), new VariableValue("nfs",
                            Integer.toString(nfs))), null, pp));
        }
        String stop = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * index).toString();
        return new VnfBr("bench", "bench", null, null, null, null, null, null, outputs,
                new Timestamps(stop, stop), null);
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Random random = new Random(42);

        // Reading and summarising one run from its JSON file (what the CLI does per history file).
        byte[] json = Documents.writeJson(run(0, random)).getBytes(StandardCharsets.UTF_8);
        double[] readCpu = new double[30];
        double[] readWall = new double[30];
        for (int i = -10; i < readCpu.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            VnfBr br = Documents.read("run.json", json, VnfBr.class).value();
            ProfileSummariser.summarise(br, "run", 1L);
            if (i >= 0) {
                readCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                readWall[i] = (System.nanoTime() - w0) / 1e6;
            }
        }

        // Summarising 1,000 in-memory runs; only the summaries are kept.
        List<RunSummary> summaries = new ArrayList<>(RUNS);
        double[] sumCpu = new double[RUNS];
        double[] sumWall = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            VnfBr br = run(r, random);
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            summaries.add(ProfileSummariser.summarise(br, "run-" + (r + 1), r + 1L));
            sumCpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            sumWall[r] = (System.nanoTime() - w0) / 1e6;
        }
        History history = History.ordered(summaries);
        MetricKey key = new MetricKey("chains=2,nfs=4,topology=snake", "udp-load", "metric_0");

        // One trend chart over all 1,000 runs, at Jenkins size and at report width.
        for (ChartSize size : List.of(ChartSize.SMALL, ChartSize.WIDE)) {
            double[] cpu = new double[20];
            double[] wall = new double[20];
            int bytes = 0;
            int points = 0;
            for (int i = -5; i < cpu.length; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                TrendSeries series = history.series(key);
                byte[] png = TrendChart.render(series, TrendChart.Options.of(size));
                if (i >= 0) {
                    cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    wall[i] = (System.nanoTime() - w0) / 1e6;
                }
                bytes = png.length;
                points = series.points().size();
            }
            System.out.printf(Locale.ROOT, "trend chart %dx%d over %d runs (%d points before downsampling, %d bytes):"
                    + " cpu median %.1f ms, wall median %.1f ms (min %.1f)%n", size.width(), size.height(),
                    history.runs().size(), points, bytes, median(cpu), median(wall), min(wall));
        }
        System.out.printf(Locale.ROOT, "read + summarise one run from JSON (%d KB): cpu median %.1f ms, wall median"
                + " %.1f ms (min %.1f)%n", json.length / 1024, median(readCpu), median(readWall), min(readWall));
        System.out.printf(Locale.ROOT, "summarise one in-memory run (%d keys x %d metrics x %d trials): cpu median"
                + " %.2f ms, wall median %.2f ms, total for %d runs %.0f ms wall%n", KEYS, METRICS, TRIALS,
                median(sumCpu), median(sumWall), RUNS, Arrays.stream(sumWall).sum());
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap in use after GC with the 1,000 summaries held: %.1f MB%n",
                live / 1048576.0);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %.1f MB, max heap %.0f MB, %d summaries held"
                + " (%d metric summaries)%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                summaries.size(), summaries.stream().mapToInt(s -> s.metrics().size()).sum());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }
}
