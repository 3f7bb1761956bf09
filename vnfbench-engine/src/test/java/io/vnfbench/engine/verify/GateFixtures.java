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
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.model.codec.Documents;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small VNF-BRs for gate tests: prober {@code udpgen} on agent {@code a1} measuring throughput and latency per Trial. */
final class GateFixtures {
    static final double[] THROUGHPUT = {100, 101, 99, 100.5, 99.5, 100.2};
    static final double[] LATENCY = {10, 10.1, 9.9, 10.05, 9.95, 10.02};

    private GateFixtures() {
    }

    static GatedMetric gate(String name, String metric, String direction, String tolerance) {
        return new GatedMetric(name, "udpgen", metric, null, null, direction, tolerance, null, null, null, null, null,
                null, null, null);
    }

    static Verification verification(GatedMetric... metrics) {
        return new Verification(List.of(metrics), null, null, null, null, null, null, null, null, null, null);
    }

    static Verification standard() {
        return verification(gate("throughput", "throughput", "higher", "5%"), gate("latency", "latency", "lower", "5%"));
    }

    /** One Trial's evaluation with the given metric values (NaN is written as the text "NaN"). */
    static List<Report> trial(long trial, Map<String, Double> metrics) {
        List<Metric> ms = new ArrayList<>();
        metrics.forEach((n, v) -> ms.add(new Metric(n, n.equals("throughput") ? "pps" : n.equals("latency") ? "us" : "x",
                "float", Double.isNaN(v) ? "NaN" : Metric.formatNumber(v), null, null)));
        Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", "udpgen", "prober", "1", "udpgen"), null, ms, null);
        Snapshot s = new Snapshot(Long.toString(trial), trial, new Origin("a1", "agent", null), List.of(e), null, null);
        return List.of(new Report("1", 1L, List.of(s), null, null));
    }

    /** A Test key measured in several Tests (deployments): tests[d][t] is the throughput of Trial t of Test d. */
    static Output deployments(String testKey, String unit, double[][] tests) {
        List<Report> reports = new ArrayList<>();
        for (int d = 0; d < tests.length; d++) {
            List<Snapshot> snapshots = new ArrayList<>();
            for (int t = 0; t < tests[d].length; t++) {
                Metric tp = new Metric("throughput", unit, "float", Metric.formatNumber(tests[d][t]), null, null);
                Metric lat = new Metric("latency", "us", "float", "10", null, null);
                Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", "udpgen", "prober", "1", "udpgen"), null,
                        List.of(tp, lat), null);
                snapshots.add(new Snapshot(Long.toString(t + 1), (long) t + 1, new Origin("a1", "agent", null),
                        List.of(e), null, null));
            }
            reports.add(new Report(Integer.toString(d + 1), (long) d + 1, snapshots, null, null));
        }
        return new Output(testKey, variables(testKey), null, new VnfPp("pp", null, null, null, null, reports));
    }

    /** A Test whose Trials measure throughput[i] and latency[i]. */
    static Output output(String testKey, double[] throughput, double[] latency) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < throughput.length; i++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("throughput", throughput[i]);
            m.put("latency", latency[i]);
            snapshots.addAll(trial(i + 1, m).get(0).snapshots());
        }
        return new Output(testKey, variables(testKey), null,
                new VnfPp("pp", null, null, null, null, List.of(new Report("1", 1L, snapshots, null, null))));
    }

    static List<VariableValue> variables(String testKey) {
        List<VariableValue> vars = new ArrayList<>();
        for (String part : testKey.split(",")) {
            String[] kv = part.split("=", 2);
            vars.add(new VariableValue(kv[0], kv[1]));
        }
        return vars;
    }

    static VnfBr br(String id, Output... outputs) {
        return new VnfBr(id, "bench", "1", null, null, null, null, null, List.of(outputs),
                null, null,
                standard());
    }

    static VnfBr failedRun(String id, Output... outputs) {
        VnfBr br = br(id, outputs);
        return br.withVerification(br.verification().withResult(
                new VerificationResult("failed", "x", null, List.of(), List.of())));
    }

    static double[] scaled(double[] x, double f) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= f;
        }
        return y;
    }

    static VnfBr gym(String name) throws Exception {
        return Documents.read(resource("/conformance/gym/" + name), VnfBr.class).value();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(GateFixtures.class.getResource(name).toURI());
    }
}
