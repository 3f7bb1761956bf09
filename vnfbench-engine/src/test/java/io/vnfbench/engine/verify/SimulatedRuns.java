package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Origin;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated runs of a VNF-BR with several Test keys, two gated metrics each (throughput, higher is better; latency,
 * lower is better), written as real VNF-BR documents so that the product's {@link Verifier} and {@link LiveGate} judge
 * them. Noise model: every run has a level common to all its keys (SD {@code drift}: load, reboots), every Test
 * (deployment) its own level (SD {@code deployment}), every Trial its own noise (CV {@code cv}, normal or Student t3
 * scaled to the same SD). A slowdown of s multiplies throughput by 1 − s and latency by 1 / (1 − s).
 *
 * @param keys       Test keys per run (the local example has 12)
 * @param cv         Trial-to-Trial coefficient of variation
 * @param drift      run-level SD, relative
 * @param deployment deployment-level SD, relative
 * @param heavy      heavy-tailed Trial noise
 * @param trials     planned Trials per Test
 */
record SimulatedRuns(int keys, double cv, double drift, double deployment, boolean heavy, int trials) {

    static final String SOURCE = "udp";

    /** The gate of the simulated runs: both metrics, tolerance 2 %, detect 5 %, the build's confidence 0.99. */
    static Verification gate(int maxSamples) {
        return new Verification(List.of(
                new GatedMetric("throughput", SOURCE, "throughput_pps", "tg", null, "higher", null, null, null, null, null,
                        null, null, null, null),
                new GatedMetric("latency", SOURCE, "latency_p50", "tg", null, "lower", null, null, null, null, null, null,
                        null, null, null)),
                "2%", "5%", "0.99", "0.9", null, (long) maxSamples, null, null, null, null);
    }

    static String key(int k) {
        return "cell=" + k;
    }

    List<String> keyList() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            out.add(key(k));
        }
        return out;
    }

    /**
     * One run. With a live gate, each key's Test gets more Trials while the gate asks for them (as the Manager does
     * while the Test is still deployed).
     *
     * @param slowdown relative slowdown of the SUT in this run
     * @param shift    level of this run relative to the original level (a step the history already accepted)
     */
    VnfBr run(String id, SplittableRandom random, double slowdown, double shift, LiveGate live) {
        double runLevel = 1 + drift * random.nextGaussian();
        List<Output> outputs = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            double base = 100_000 * (1 + 0.05 * k);
            double level = base * shift * runLevel * (1 + deployment * random.nextGaussian()) * (1 - slowdown);
            List<Snapshot> snapshots = new ArrayList<>();
            for (int t = 1; t <= trials; t++) {
                snapshots.add(trial(t, level, random));
            }
            if (live != null) {
                while (live.next(key(k), List.of(report(snapshots))).anotherTrial()) {
                    snapshots.add(trial(snapshots.size() + 1, level, random));
                }
            }
            outputs.add(new Output(Integer.toString(k + 1), List.of(new VariableValue("cell", Integer.toString(k))),
                    null, new VnfPp("pp-" + k, null, null, null, null, List.of(report(snapshots)))));
        }
        return new VnfBr(id, "simulated", "1", null, null, null, null, null, outputs, null, null, gate(10));
    }

    /**
     * One interleaved run: for every cell, A B B A blocks of fresh deployments of the baseline version (A, slowdown 0)
     * and the candidate version (B), {@code trials} Trials each; the machine's level moves from pair to pair (SD
     * {@code drift}) and is common to the two deployments of a pair. With a live gate, blocks are added while it asks.
     * The version variable is {@code version} with values {@code A} and {@code B}.
     */
    VnfBr interleavedRun(String id, SplittableRandom random, double slowdown, int blocks, LiveGate live) {
        List<Output> outputs = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            double base = 100_000 * (1 + 0.05 * k);
            List<Report> a = new ArrayList<>();
            List<Report> b = new ArrayList<>();
            int add = blocks;
            do {
                for (int i = 0; i < add; i++) {
                    for (int half = 0; half < 2; half++) {
                        long test = a.size() + 1;
                        double level = base * (1 + drift * random.nextGaussian());
                        a.add(report(test, deployment(level, 0, random)));
                        b.add(report(test, deployment(level, slowdown, random)));
                    }
                }
                add = 1;
            } while (live != null && live.nextBlock(key(k), a, b, trials).anotherTrial());
            outputs.add(new Output(k + "-A", List.of(new VariableValue("cell", Integer.toString(k)),
                    new VariableValue("version", "A")), null, new VnfPp("pp-a" + k, null, null, null, null, a)));
            outputs.add(new Output(k + "-B", List.of(new VariableValue("cell", Integer.toString(k)),
                    new VariableValue("version", "B")), null, new VnfPp("pp-b" + k, null, null, null, null, b)));
        }
        return new VnfBr(id, "simulated", "1", null, null, null, null, null, outputs, null, null, gate(10));
    }

    private List<Snapshot> deployment(double level, double slowdown, SplittableRandom random) {
        double l = level * (1 + deployment * random.nextGaussian()) * (1 - slowdown);
        List<Snapshot> snapshots = new ArrayList<>();
        for (int t = 1; t <= trials; t++) {
            snapshots.add(trial(t, l, random));
        }
        return snapshots;
    }

    private static Report report(long test, List<Snapshot> snapshots) {
        return new Report(Long.toString(test), test, List.copyOf(snapshots), null, null);
    }

    private static Report report(List<Snapshot> snapshots) {
        return new Report("1", 1L, List.copyOf(snapshots), null, null);
    }

    private Snapshot trial(int number, double level, SplittableRandom random) {
        double throughput = level * (1 + cv * GateSimulation.noise(random, heavy));
        double latency = 1e8 / level * (1 + cv * GateSimulation.noise(random, heavy));
        Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", SOURCE, "prober", "1", SOURCE), null,
                List.of(Metric.scalar("throughput_pps", "pps", throughput), Metric.scalar("latency_p50", "us", latency)),
                null);
        return new Snapshot(Integer.toString(number), (long) number, new Origin("tg", "agent", null), List.of(e), null,
                null);
    }
}
