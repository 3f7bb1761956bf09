package io.vnfbench.jenkins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The map vnfBenchmark returns to the Jenkinsfile. Only String, Integer, Boolean, ArrayList and LinkedHashMap values,
 * so Pipeline can keep it in its serialized program state.
 */
final class StepOutcome {

    private StepOutcome() {
    }

    /**
     * Keys: {@code verdict} (String: the overall verdict's name, or NOT_GATED), {@code passed} (Boolean: the run has
     * no error and its gate did not fail; INCONCLUSIVE passes unless the gate is strict, but marks the build UNSTABLE),
     * {@code counts} (verdict → Integer, every verdict present when gated), {@code failed} (list of failed Test keys), {@code reportPath} (workspace-relative output
     * VNF-BR), {@code reportUrl} (build-relative URL of the HTML report page), {@code baseline} (how it was chosen),
     * {@code result} (the build result this call asked for).
     */
    static LinkedHashMap<String, Object> toMap(BenchmarkSummary s, String actionUrl, String result) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", s.getVerdict());
        m.put("passed", s.isPassing());
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : s.getCounts().entrySet()) {
            counts.put(e.getKey(), e.getValue());
        }
        m.put("counts", counts);
        m.put("failed", new ArrayList<>(s.getFailedTests()));
        m.put("reportPath", s.getOutputPath());
        m.put("reportUrl", actionUrl);
        m.put("baseline", s.getBaseline());
        m.put("result", result);
        return m;
    }
}
