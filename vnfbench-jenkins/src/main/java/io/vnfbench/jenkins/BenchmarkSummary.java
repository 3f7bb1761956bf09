package io.vnfbench.jenkins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact result of one vnfBenchmark call, kept in build.xml (XStream: a plain class with plain fields, no
 * records). The verdict table and the full VNF-BR stay in files next to build.xml and load only when a page asks.
 */
public final class BenchmarkSummary {

    /** Overall verdict of a benchmarking-mode run, where no gate ran. */
    public static final String NOT_GATED = "NOT_GATED";

    private final String vnfbr;
    private final String mode;
    private final String verdict;
    private final LinkedHashMap<String, Integer> counts;
    private final ArrayList<String> failedTests;
    private final String baseline;
    private final String outputPath;

    public BenchmarkSummary(String vnfbr, String mode, String verdict, Map<String, Integer> counts, List<String> failedTests,
                            String baseline, String outputPath) {
        this.vnfbr = vnfbr;
        this.mode = mode;
        this.verdict = verdict;
        this.counts = new LinkedHashMap<>(counts);
        this.failedTests = new ArrayList<>(failedTests);
        this.baseline = baseline == null ? "" : baseline;
        this.outputPath = outputPath == null ? "" : outputPath;
    }

    /** The step's {@code vnfbr} option: identifies the same benchmark across builds. */
    public String getVnfbr() {
        return vnfbr;
    }

    public String getMode() {
        return mode;
    }

    /** PASS, REGRESSION, IMPROVEMENT, INCONCLUSIVE, NO_BASELINE, ERROR, or NOT_GATED. */
    public String getVerdict() {
        return verdict;
    }

    /** Number of Test × metric rows per verdict, in the engine's verdict order. */
    public Map<String, Integer> getCounts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Test keys with at least one REGRESSION or ERROR row. */
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
     * Whether this build may serve as a baseline for later ones: its run completed and its gate did not fail.
     * A first build (NO_BASELINE) and a benchmarking-only build count as passing, or no build would ever become a
     * baseline; INCONCLUSIVE does not (its samples were too noisy to vouch for).
     */
    public boolean isPassing() {
        switch (verdict) {
            case "PASS":
            case "IMPROVEMENT":
            case "NO_BASELINE":
            case NOT_GATED:
                return true;
            default:
                return false;
        }
    }
}
