package io.vnfbench.engine.session;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VerificationResult;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a gate decided, the same for every front end.
 *
 * @param baselineId  what the candidate was compared with, or why there was no baseline
 * @param outcome     PASSED or FAILED: a REGRESSION, an ERROR (unless errors do not fail), an INCONCLUSIVE when
 *                    strict
 * @param overall     one verdict for the whole gate, for a badge, a check run or a build result
 *                    ({@link io.vnfbench.engine.verify.OverallVerdict})
 * @param counts      rows per verdict, every verdict present (zeros included), in the verdicts' order
 * @param failedTests the Test keys with a row that fails the gate, in row order
 * @param lines       the verdict table as pages show it
 * @param warnings    what the reader should know (inconclusive rows, no baseline, mixed testbeds, ...)
 * @param result      the verdicts as written into the VNF-BR ({@code verification.result})
 * @param table       the verdict table as aligned text
 * @param json        the verdicts as one JSON document (the {@code verification.result} written back)
 * @param passing     whether this run may serve as a later run's baseline: the run has no error and its gate did not
 *                    fail (the rule the history policies apply to earlier runs,
 *                    {@link io.vnfbench.engine.verify.Baseline.Run#passing()})
 */
public record GateDecision(String baselineId, GateOutcome outcome, Verdict overall, Map<Verdict, Integer> counts,
                           List<String> failedTests, List<VerdictLine> lines, List<String> warnings,
                           VerificationResult result, String table, String json, boolean passing) {

    public GateDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(overall, "overall");
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            all.put(v, counts.getOrDefault(v, 0));
        }
        counts = Collections.unmodifiableMap(all);
        failedTests = List.copyOf(failedTests);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
