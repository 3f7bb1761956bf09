package io.vnfbench.engine.trend;

import io.vnfbench.engine.plan.TestKey;

import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.Vnf;
import io.vnfbench.engine.model.VnfBr;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reduces a VNF-BR to its {@link RunSummary}. Each output is one test key (its variable values); every evaluation
 * of every snapshot of every report (Test × Trial × agent/monitor × instance/repeat) gives one sample per metric:
 * a scalar as it is, a vector or series by its mean. Evaluations with an error and non-numeric values give no sample.
 * The metric's source is the evaluation's tool name.
 */
public final class ProfileSummariser {
    private ProfileSummariser() {
    }

    /**
     * @param runId     nullable: defaults to the VNF-BR id, then its name, then "run"
     * @param runNumber nullable
     */
    public static RunSummaryBuilder builder(VnfBr br, String runId, Long runNumber) {
        String id = firstNonBlank(runId, br.id(), br.name(), "run");
        RunSummaryBuilder b = new RunSummaryBuilder(id).runNumber(runNumber).timestamp(timestamp(br.timestamp())
                .orElse(null)).vnf(vnfText(br.vnf())).environment(environmentText(br.environment()));
        for (Output output : br.outputs()) {
            // Interned: a history holds the same few keys and names once per run, thousands of times over.
            String testKey = testKey(output).intern();
            if (output.vnfpp() == null) {
                continue;
            }
            for (Report report : output.vnfpp().reports()) {
                for (Snapshot snapshot : report.snapshots()) {
                    for (Evaluation evaluation : snapshot.evaluations()) {
                        if (evaluation.error() != null && !evaluation.error().isBlank()
                                && evaluation.metrics().isEmpty()) {
                            continue;
                        }
                        String source = sourceName(evaluation).intern();
                        for (Metric metric : evaluation.metrics()) {
                            double[] values = metric.numericValues();
                            if (values.length == 0) {
                                continue;
                            }
                            double sample = metric.isScalar() ? values[0] : mean(values);
                            b.addSample(new MetricKey(testKey, source, metric.name().intern()),
                                    metric.unit() == null ? null : metric.unit().intern(), sample);
                        }
                    }
                }
            }
        }
        addVerdicts(b, br);
        return b;
    }

    /** The gate's verdicts and outcome, when {@code vnfbench verify} wrote them into the VNF-BR. */
    private static void addVerdicts(RunSummaryBuilder b, VnfBr br) {
        if (br.verification() == null || br.verification().result() == null) {
            return;
        }
        VerificationResult result = br.verification().result();
        if ("passed".equalsIgnoreCase(result.gate())) {
            b.gate(GateOutcome.PASSED);
        } else if ("failed".equalsIgnoreCase(result.gate())) {
            b.gate(GateOutcome.FAILED);
        }
        // A verdict names its metric's source as the gate selected it; when that is absent or spelled differently
        // from the evaluation's tool name, the one sampled metric with that test key and name is meant.
        Map<String, List<MetricKey>> byTestAndMetric = new HashMap<>();
        for (MetricKey k : b.sampledKeys()) {
            byTestAndMetric.computeIfAbsent(k.testKey() + "\u0000" + k.metric(), x -> new ArrayList<>()).add(k);
        }
        for (VerificationResult.VerdictEntry v : result.verdicts()) {
            if (v.testKey() == null || v.metric() == null || v.verdict() == null) {
                continue;
            }
            MetricKey key = new MetricKey(v.testKey().intern(), v.source() == null ? "" : v.source().intern(),
                    v.metric().intern());
            List<MetricKey> candidates = byTestAndMetric.getOrDefault(key.testKey() + "\u0000" + key.metric(),
                    List.of());
            if (!candidates.contains(key) && candidates.size() == 1) {
                key = candidates.get(0);
            }
            b.verdict(key, Direction.parse(v.direction()).orElse(null), v.verdict(), result.baseline(),
                    TestKeys.parseNumber(v.baselineMedian()));
        }
    }

    public static RunSummary summarise(VnfBr br, String runId, Long runNumber) {
        return builder(br, runId, runNumber).build();
    }

    /** The canonical test key of an output: its variable values sorted by name; its id when it has none. */
    public static String testKey(Output output) {
        if (output.variables().isEmpty()) {
            return output.id() == null ? "" : "output=" + output.id();
        }
        return TestKey.of(output.variables());
    }

    static String sourceName(Evaluation evaluation) {
        if (evaluation.source() == null) {
            return "";
        }
        return firstNonBlank(evaluation.source().name(), evaluation.source().id(), "");
    }

    static Optional<Instant> timestamp(Timestamps ts) {
        if (ts == null) {
            return Optional.empty();
        }
        for (String text : new String[] {ts.stop(), ts.start()}) {
            if (text != null && !text.isBlank()) {
                try {
                    return Optional.of(Instant.parse(text.trim()));
                } catch (DateTimeParseException e) {
                    // Gym writes local times without zone; such a run has no usable time and sorts by position.
                }
            }
        }
        return Optional.empty();
    }

    static String vnfText(Vnf vnf) {
        if (vnf == null) {
            return "";
        }
        String name = firstNonBlank(vnf.name(), vnf.id(), "");
        return vnf.version() == null || vnf.version().isBlank() ? name : (name + " " + vnf.version()).trim();
    }

    static String environmentText(Environment env) {
        if (env == null) {
            return "";
        }
        String name = env.name() == null ? "" : env.name();
        String type = env.orchestrator() == null || env.orchestrator().type() == null ? ""
                : env.orchestrator().type();
        if (type.isEmpty() || type.equals(name)) {
            return name;
        }
        return name.isEmpty() ? type : name + " (" + type + ")";
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
