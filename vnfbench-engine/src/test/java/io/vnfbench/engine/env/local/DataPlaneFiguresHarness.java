package io.vnfbench.engine.env.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;

/**
 * Measurement harness (not a test) for docs/local-environment.md: (1) every cell of examples/local-router-chain.yaml
 * (snake and pipeline, chains {1,2} x NFs {1,2,4}) on the namespaces data plane (kernel routers) and on the loopback
 * relays, alternating per cell, with the built-in udp prober ({@code rate: max}, 64-byte payloads); (2) on one router
 * in a pipeline, the built-in generator (windowed and flat out) against iperf3 (UDP, 64-byte payloads, unlimited
 * rate; and TCP). Prints markdown tables with the load average. Usage: {@code DataPlaneFiguresHarness [trials=3]
 * [seconds=1]}, or {@code DataPlaneFiguresHarness summarize VNF-BR.json} for a table of a {@code vnfbench run} of
 * examples/local-router-chain.yaml (docs/local-figures.sh runs all of it).
 */
public final class DataPlaneFiguresHarness {
    private static final String VNF_BR = """
            id: figures
            name: data plane figures
            environment: {orchestrator: {type: local}}
            inputs:
              vnfbd:
                id: bd
                scenario:
                  chains:
                    count: %d
                    nfs: %d
                    topology: %s
                    nf: {image: builtin/router, format: builtin}
                proceedings:
                  agents:
                    - uuid: tg
                      probers:
                        - {id: 1, name: udp}
            """;

    private DataPlaneFiguresHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("summarize")) {
            summarize(Path.of(args[1]));
            return;
        }
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String seconds = args.length > 1 ? args[1] : "1";
        System.out.println("host: " + Runtime.getRuntime().availableProcessors() + " CPUs, kernel "
                + Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip());
        System.out.println();
        System.out.println("load average at start: " + load());
        System.out.println();
        System.out.println("| topology | chains | NFs | namespaces pps | loopback pps | namespaces / loopback | namespaces "
                + "latency p50 / p99 us | loopback latency p50 / p99 us | loss % (namespaces / loopback) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        try (ExecutionEnvironment namespaces = environment("namespaces");
             ExecutionEnvironment loopback = environment("loopback")) {
            for (String topology : List.of("snake", "pipeline")) {
                for (int chains : List.of(1, 2)) {
                    for (int nfs : List.of(1, 2, 4)) {
                        VnfBd bd = instance(topology, chains, nfs);
                        Map<String, Double> ns = udp(namespaces, bd, trials, seconds);
                        Map<String, Double> lo = udp(loopback, bd, trials, seconds);
                        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.2f | %.0f / %.0f | %.0f / %.0f | "
                                        + "%.3f / %.3f |%n", topology, chains, nfs, ns.get("throughput_pps"),
                                lo.get("throughput_pps"), ns.get("throughput_pps") / lo.get("throughput_pps"),
                                ns.get("latency_p50"), ns.get("latency_p99"), lo.get("latency_p50"),
                                lo.get("latency_p99"), ns.get("frame_loss"), lo.get("frame_loss"));
                    }
                }
            }
            System.out.println();
            System.out.println("load average after: " + load());
            System.out.println();
            generators(namespaces, trials, seconds);
        }
    }

    /** The built-in generator windowed and flat out, iperf3 UDP and TCP, alternating, through one router. */
    private static void generators(ExecutionEnvironment environment, int rounds, String seconds) throws Exception {
        System.out.println("load average at start: " + load());
        System.out.println();
        System.out.println("| round | tool | sent pps | received pps | loss % | latency p50 us | TCP Mbit/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        VnfBd bd = instance("pipeline", 1, 1);
        try (Deployment deployment = environment.deploy(new DeploymentRequest("g", "", 1, bd, Duration.ofSeconds(120)),
                new CancellationToken())) {
            for (int round = 1; round <= rounds; round++) {
                for (String window : List.of("128", "0")) {
                    ProbeResult r = invoke(deployment, "udp", Map.of("rate", "max", "window", window, "duration", seconds));
                    System.out.printf(Locale.ROOT, "| %d | udp (built-in), window %s | %.0f | %.0f | %.3f | %.0f | |%n",
                            round, window, value(r, "tx_pps"), value(r, "throughput_pps"), value(r, "frame_loss"),
                            value(r, "latency_p50"));
                }
                ProbeResult u = invoke(deployment, "iperf3", Map.of("client", "true", "protocol", "udp", "rate", "0",
                        "length", "64", "duration", seconds));
                double duration = Double.parseDouble(seconds);
                double packets = value(u, "packets");
                double lost = value(u, "lost_packets");
                System.out.printf(Locale.ROOT, "| %d | iperf3 -u -b 0 -l 64 | %.0f | %.0f | %.3f | | |%n", round,
                        packets / duration, (packets - lost) / duration, value(u, "lost_percent"));
                ProbeResult t = invoke(deployment, "iperf3", Map.of("client", "true", "duration", seconds));
                System.out.printf(Locale.ROOT, "| %d | iperf3 (TCP) | | | | | %.0f |%n", round,
                        value(t, "bits_per_second") / 1e6);
            }
        }
        System.out.println();
        System.out.println("load average after: " + load());
    }

    private static Map<String, Double> udp(ExecutionEnvironment environment, VnfBd bd, int trials, String seconds)
            throws Exception {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        try (Deployment deployment = environment.deploy(new DeploymentRequest("f", "", 1, bd, Duration.ofSeconds(120)),
                new CancellationToken())) {
            for (int trial = 0; trial < trials; trial++) {
                ProbeResult r = invoke(deployment, "udp", Map.of("rate", "max", "frame_size", "64", "duration", seconds));
                for (String metric : List.of("throughput_pps", "latency_p50", "latency_p99", "frame_loss")) {
                    samples.computeIfAbsent(metric, k -> new ArrayList<>()).add(value(r, metric));
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((metric, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            medians.put(metric, sorted.get(sorted.size() / 2));
        });
        return medians;
    }

    /** Medians over the Trials of each output of a run of the example: udp figures and the NFs' rx counters. */
    private static void summarize(Path file) throws Exception {
        VnfBr br = Documents.read(file, VnfBr.class).value();
        System.out.println("| test key | data plane | throughput pps | latency p50 / p99 us | loss % | NF in rx_packets (min "
                + "over NFs) | udp tx_packets | evaluation errors |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (var output : br.outputs()) {
            Map<String, List<Double>> values = new LinkedHashMap<>();
            int errors = 0;
            for (var report : output.vnfpp().reports()) {
                for (var snapshot : report.snapshots()) {
                    for (var evaluation : snapshot.evaluations()) {
                        errors += evaluation.error() == null ? 0 : 1;
                        for (var metric : evaluation.metrics()) {
                            String name = metric.name().endsWith("-in.rx_packets") ? "nf_rx:" + metric.name() : metric.name();
                            if (metric.scalar() != null) {
                                values.computeIfAbsent(name, k -> new ArrayList<>()).add(Double.parseDouble(metric.scalar()));
                            }
                        }
                    }
                }
            }
            double nfRx = values.entrySet().stream().filter(e -> e.getKey().startsWith("nf_rx:"))
                    .mapToDouble(e -> median(e.getValue())).min().orElse(Double.NaN);
            String plane = output.vnfpp().provenance().facts().stream()
                    .filter(f -> f.name().endsWith("local.data_plane")).map(f -> f.value()).findFirst().orElse("?");
            String key = String.join(",", output.variables().stream().map(v -> v.name() + "=" + v.value()).toList());
            System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f / %.0f | %.3f | %.0f | %.0f | %d |%n", key, plane,
                    median(values.get("throughput_pps")), median(values.get("latency_p50")),
                    median(values.get("latency_p99")), median(values.get("frame_loss")), nfRx,
                    median(values.get("tx_packets")), errors);
        }
    }

    private static double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static ProbeResult invoke(Deployment deployment, String tool, Map<String, String> parameters)
            throws InterruptedException {
        ProbeResult result = deployment.invoke(new ToolInvocation(ToolKind.PROBER, tool, "1", "tg", parameters, null,
                Duration.ofSeconds(120), 1, 1, new CancellationToken()));
        if (result.error() != null) {
            throw new IllegalStateException(tool + " failed: " + result.error());
        }
        return result;
    }

    private static double value(ProbeResult result, String metric) {
        return result.metric(metric).orElseThrow(() -> new IllegalStateException("no " + metric)).scalarAsDouble();
    }

    private static VnfBd instance(String topology, int chains, int nfs) throws Exception {
        VnfBr br = Documents.read("figures.yaml", VNF_BR.formatted(chains, nfs, topology), VnfBr.class).value();
        return Planner.plan(br, PlanOptions.DEFAULT).instances().iterator().next().vnfbd();
    }

    private static ExecutionEnvironment environment(String dataPlane) throws Exception {
        return EnvironmentRegistry.load().require("local").create(new EnvironmentSettings(Map.of("data_plane", dataPlane),
                ProbeRegistry.load(), Clock.systemUTC()));
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
