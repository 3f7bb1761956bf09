package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.GateDecision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compact result of one vnfBenchmark call, kept in build.xml (XStream: a plain class with plain fields, no
 * records): what the engine decided when it kept the run ({@link Archive.Kept}). The verdict table and the full VNF-BR
 * stay in files next to build.xml and load only when a page asks.
 */
public final class BenchmarkSummary {

    /** What pages and the step's result say of a benchmarking-mode run, where no gate ran. */
    public static final String NOT_GATED = "NOT_GATED";

    private final String vnfbr;
    private final String mode;
    private final @CheckForNull Verdict verdict;
    private final LinkedHashMap<Verdict, Integer> counts;
    private final ArrayList<String> failedTests;
    private final boolean passing;
    private final String baseline;
    private final String outputPath;

    /** @param verdict the gate's overall verdict; null when the run was not gated */
    public BenchmarkSummary(String vnfbr, String mode, @CheckForNull Verdict verdict, Map<Verdict, Integer> counts,
                            List<String> failedTests, boolean passing, String baseline, String outputPath) {
        this.vnfbr = vnfbr;
        this.mode = mode;
        this.verdict = verdict;
        this.counts = new LinkedHashMap<>(counts);
        this.failedTests = new ArrayList<>(failedTests);
        this.passing = passing;
        this.baseline = baseline;
        this.outputPath = outputPath;
    }

    /** What the engine kept of a run. */
    static BenchmarkSummary of(String vnfbr, String mode, Archive.Kept kept, String baseline, String outputPath) {
        GateDecision d = kept.gate();
        return d == null ? new BenchmarkSummary(vnfbr, mode, null, Map.of(), List.of(), kept.passing(), baseline,
                outputPath) : new BenchmarkSummary(vnfbr, mode, d.overall(), d.counts(), d.failedTests(), kept.passing(),
                baseline, outputPath);
    }

    /** The step's {@code vnfbr} option, which identifies the benchmark across builds. */
    public String getVnfbr() {
        return vnfbr;
    }

    public String getMode() {
        return mode;
    }

    /** The gate's overall verdict; empty when the run was not gated. */
    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /** The overall verdict as pages show it: its name, or {@value #NOT_GATED}. */
    public String getVerdict() {
        return verdict == null ? NOT_GATED : verdict.name();
    }

    /** Number of Test × metric rows per verdict name, every verdict in the verdicts' order (empty when not gated). */
    public Map<String, Integer> getCounts() {
        Map<String, Integer> names = new LinkedHashMap<>();
        counts.forEach((v, n) -> names.put(v.name(), n));
        return Collections.unmodifiableMap(names);
    }

    /** Test keys with a row that fails the gate. */
    public List<String> getFailedTests() {
        return Collections.unmodifiableList(failedTests);
    }

    /** How the baseline was chosen and which build(s) it came from, or why there is none. */
    public String getBaseline() {
        return baseline;
    }

    /** Workspace-relative path of the VNF-BR the run wrote. */
    public String getOutputPath() {
        return outputPath;
    }

    /**
     * The map vnfBenchmark returns to the Jenkinsfile; only String, Integer, Boolean, ArrayList and LinkedHashMap values,
     * so Pipeline can keep it in its program state. Keys: {@code verdict}, {@code passed} (the engine's rule:
     * INCONCLUSIVE passes unless the gate is strict, but marks the build UNSTABLE), {@code counts} (verdict name →
     * rows), {@code failed} (Test keys), {@code reportPath} (the output VNF-BR in the workspace), {@code reportUrl}
     * (the call's page, build-relative), {@code baseline} (how it was chosen), {@code result} (the build result asked
     * for).
     */
    LinkedHashMap<String, Object> toMap(String actionUrl, String result) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", getVerdict());
        m.put("passed", passing);
        m.put("counts", new LinkedHashMap<>(getCounts()));
        m.put("failed", new ArrayList<>(failedTests));
        m.put("reportPath", outputPath);
        m.put("reportUrl", actionUrl);
        m.put("baseline", baseline);
        m.put("result", result);
        return m;
    }

    /** Whether the build may be a later one's baseline, by the engine's rule (no error, its gate did not fail). */
    public boolean isPassing() {
        return passing;
    }
}
