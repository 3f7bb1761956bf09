package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Verdict;
import java.util.EnumMap;
import java.util.Map;

/**
 * One verdict for a whole gate report, for front ends that show a single word (a build badge, a check run, the Jenkins
 * step's result). Worst first: any REGRESSION; any ERROR when errors fail the gate; any INCONCLUSIVE (never a silent
 * pass, even when the gate passes with a warning); NO_BASELINE when nothing could be compared, or under strict when any
 * row has no baseline (it fails the gate then); IMPROVEMENT when
 * something improved and nothing got worse; else PASS. A report without rows (no gate matched) is INCONCLUSIVE.
 */
public final class OverallVerdict {

    private OverallVerdict() {
    }

    public static Verdict of(GateReport report, GateSpec spec) {
        Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
        report.rows().forEach(r -> n.merge(r.verdict(), 1, Integer::sum));
        if (n.containsKey(Verdict.REGRESSION)) {
            return Verdict.REGRESSION;
        }
        if (n.containsKey(Verdict.ERROR) && spec.errorsFail()) {
            return Verdict.ERROR;
        }
        if (n.containsKey(Verdict.INCONCLUSIVE) || report.rows().isEmpty()) {
            return Verdict.INCONCLUSIVE;
        }
        if (n.containsKey(Verdict.NO_BASELINE) && spec.strict()) {
            return Verdict.NO_BASELINE;
        }
        boolean compared = n.containsKey(Verdict.PASS) || n.containsKey(Verdict.IMPROVEMENT);
        if (!compared && n.containsKey(Verdict.NO_BASELINE)) {
            return Verdict.NO_BASELINE;
        }
        if (n.containsKey(Verdict.IMPROVEMENT)) {
            return Verdict.IMPROVEMENT;
        }
        return compared ? Verdict.PASS : Verdict.NO_BASELINE;
    }
}
