package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VerificationResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The verdicts of one verification, the overall result and what the reader should know.
 *
 * @param warnings what may be wrong (inconclusive rows, missing baselines, dropped Trials)
 * @param notes    how to read the result: the build's false-alarm budget and how it was spent, what the run could
 *                 detect
 */
public record GateReport(String baselineId, List<VerdictRow> rows, GateOutcome result, List<String> warnings,
                         List<String> notes) {

    public GateReport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    public GateReport(String baselineId, List<VerdictRow> rows, GateOutcome result, List<String> warnings) {
        this(baselineId, rows, result, warnings, List.of());
    }

    /** Counts per verdict. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }

    /** The verdicts in the form written back into the VNF-BR. */
    public VerificationResult toResult(String timestamp) {
        List<VerificationResult.VerdictEntry> entries = new ArrayList<>();
        for (VerdictRow r : rows) {
            entries.add(new VerificationResult.VerdictEntry(r.testKey() + " " + r.gate(), r.testKey(), r.gate(),
                    r.selector().source(), r.selector().metric(),
                    r.direction().keyword(), r.verdict().name(), r.method(), (long) r.baselineCount(),
                    (long) r.candidateCount(), VerdictTable.number(r.baselineMedian()),
                    VerdictTable.number(r.candidateMedian()), VerdictTable.decimal(r.change()),
                    VerdictTable.decimal(r.pValue()), r.limit(), r.reason(),
                    r.decidedAt() > 0 ? (long) r.decidedAt() : null, VerdictTable.decimal(r.lower()),
                    VerdictTable.decimal(r.upper()), VerdictTable.decimal(r.detectable()),
                    VerdictTable.decimal(r.alpha())));
        }
        List<String> all = new ArrayList<>(warnings);
        notes.forEach(n -> all.add("note: " + n));
        return new VerificationResult(result.keyword(), baselineId, timestamp, entries, all);
    }
}
