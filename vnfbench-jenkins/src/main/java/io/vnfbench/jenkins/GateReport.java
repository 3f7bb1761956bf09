package io.vnfbench.jenkins;

import java.util.List;
import java.util.Map;

/**
 * What {@link Engine#evaluate} found: the overall verdict, counts per verdict, the Test keys that failed, and the files it
 * wrote (relative to the build's directory for this call).
 *
 * @param verdict      overall verdict (a {@code Verdict} name, or {@link BenchmarkSummary#NOT_GATED})
 * @param counts       rows per verdict, every verdict present (zero counts included), in the engine's order
 * @param failedTests  Test keys with a REGRESSION or ERROR row
 * @param report       the HTML report's file name
 * @param charts       chart PNG file names (profile and matrix charts)
 */
public record GateReport(String verdict, Map<String, Integer> counts, List<String> failedTests, String report,
                         List<String> charts) {
    public GateReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        failedTests = List.copyOf(failedTests);
        charts = List.copyOf(charts);
    }
}
