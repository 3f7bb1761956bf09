package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Engine#evaluate} found: the overall verdict, counts per verdict, the Test keys that failed, whether the
 * run may serve as a later build's baseline, and the files it wrote (relative to the build's directory for this call).
 *
 * @param verdict      the gate's overall verdict; null when the run was not gated (benchmarking mode)
 * @param counts       rows per verdict, every verdict present (zeros included), in the verdicts' order
 * @param failedTests  Test keys with a row that fails the gate
 * @param passing      the engine's rule: the run has no error and its gate did not fail
 * @param report       the HTML report's file name, empty when there is none
 * @param charts       chart PNG file names (profile and matrix charts)
 */
public record GateReport(@CheckForNull Verdict verdict, Map<Verdict, Integer> counts, List<String> failedTests, boolean passing,
                         String report, List<String> charts) {
    public GateReport {
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            all.put(v, counts.getOrDefault(v, 0));
        }
        counts = Collections.unmodifiableMap(all);
        failedTests = List.copyOf(failedTests);
        charts = List.copyOf(charts);
    }

    /** The verdict as logs and pages show it: its name, or {@link BenchmarkSummary#NOT_GATED}. */
    public String verdictText() {
        return verdict == null ? BenchmarkSummary.NOT_GATED : verdict.name();
    }
}
