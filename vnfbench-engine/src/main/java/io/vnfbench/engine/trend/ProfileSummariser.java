package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.Vnf;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.TestKey;
import io.vnfbench.engine.verify.TrialValues;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reduces a VNF-BR to its {@link RunSummary}. Each output is one test key ({@link TestKey}, the planner's key, as the
 * gate names it); every Trial of every report (Test) gives one value per source × metric, reduced exactly as the gate
 * reduces its samples ({@link TrialValues}: instances, repeats and vectors or series → the Trial's median; a Trial
 * whose measurements hold a value that is not a finite number counts as a failed Trial, never as a sample).
 * Evaluations that failed without metrics and text metrics (type {@code string}) give nothing. The metric's source is
 * the evaluation's tool name.
 */
public final class ProfileSummariser {
    private ProfileSummariser() {
    }

    /**
     * @param runId     nullable: defaults to the VNF-BR id, then its name, then "run"
     * @param runNumber nullable
     */
    public static RunSummaryBuilder builder(VnfBr br, @CheckForNull String runId, @CheckForNull Long runNumber) {
        String id = firstNonBlank(runId, br.id(), br.name(), "run");
        RunSummaryBuilder b = new RunSummaryBuilder(id).runNumber(runNumber).timestamp(timestamp(br.timestamp())
                .orElse(null)).vnf(vnfText(br.vnf())).environment(environmentText(br.environment()));
        for (Output output : br.outputs()) {
            // Interned: a history holds the same few keys and names once per run, thousands of times over.
            String testKey = TestKey.of(output).intern();
            if (output.vnfpp() == null) {
                continue;
            }
            for (Report report : output.vnfpp().reports()) {
                for (TrialValues.Trial trial : TrialValues.trials(report)) {
                    addTrial(b, testKey, trial);
                }
            }
        }
        addVerdicts(b, br);
        return b;
    }

    private static void addTrial(RunSummaryBuilder b, String testKey, TrialValues.Trial trial) {
        Map<MetricKey, List<Metric>> measured = new LinkedHashMap<>();
        for (Snapshot snapshot : trial.snapshots()) {
            for (Evaluation evaluation : snapshot.evaluations()) {
                if (evaluation.error() != null && !evaluation.error().isBlank() && evaluation.metrics().isEmpty()) {
                    continue;
                }
                String source = sourceName(evaluation).intern();
                for (Metric metric : evaluation.metrics()) {
                    if (!TEXT.equals(metric.type())) {
                        measured.computeIfAbsent(new MetricKey(testKey, source, metric.name().intern()),
                                k -> new ArrayList<>()).add(metric);
                    }
                }
            }
        }
        measured.forEach((key, metrics) -> {
            String unit = metrics.stream().map(Metric::unit).filter(u -> u != null).findFirst().map(String::intern)
                    .orElse(null);
            TrialValues.Value value = TrialValues.reduce(metrics);
            if (value.present()) {
                b.addSample(key, unit, value.value());
            } else {
                b.addFailedTrial(key, unit);
            }
        });
    }

    /** The gate's verdicts and outcome, when the gate wrote them into the VNF-BR. */
    private static void addVerdicts(RunSummaryBuilder b, VnfBr br) {
        if (br.verification() == null || br.verification().result() == null) {
            return;
        }
        VerificationResult result = br.verification().result();
        b.gate(GateOutcome.of(result));
        // A verdict names its metric's source as the gate selected it; when that is absent or spelled differently
        // from the evaluation's tool name, the one sampled metric with that test key and name is meant.
        Map<String, List<MetricKey>> byTestAndMetric = new HashMap<>();
        for (MetricKey k : b.sampledKeys()) {
            byTestAndMetric.computeIfAbsent(k.testKey() + "\u0000" + k.metric(), x -> new ArrayList<>()).add(k);
        }
        for (VerificationResult.VerdictEntry v : result.verdicts()) {
            Optional<Verdict> verdict = Verdict.find(v.verdict());
            if (v.testKey() == null || v.metric() == null || verdict.isEmpty()) {
                continue;
            }
            MetricKey key = new MetricKey(v.testKey().intern(), v.source() == null ? "" : v.source().intern(),
                    v.metric().intern());
            List<MetricKey> candidates = byTestAndMetric.getOrDefault(key.testKey() + "\u0000" + key.metric(),
                    List.of());
            if (!candidates.contains(key) && candidates.size() == 1) {
                key = candidates.get(0);
            }
            b.verdict(key, Direction.find(v.direction()).orElse(null), verdict.get(), result.baseline(),
                    VariableValues.parseNumber(v.baselineMedian()));
        }
    }

    public static RunSummary summarise(VnfBr br, @CheckForNull String runId, @CheckForNull Long runNumber) {
        return builder(br, runId, runNumber).build();
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

    private static final String TEXT = "string";

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
