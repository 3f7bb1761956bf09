package io.vnfbench.engine.verify;

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
public record GateReport(String baselineId, List<VerdictRow> rows, GateResult result, List<String> warnings,
                         List<String> notes) {

    public GateReport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    public GateReport(String baselineId, List<VerdictRow> rows, GateResult result, List<String> warnings) {
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
                    source(r.metric()), metric(r.metric()),
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

    /** {@code source} of a selector label {@code source/metric[@agent]}. */
    private static String source(String label) {
        int slash = label.indexOf('/');
        return slash < 0 ? label : label.substring(0, slash);
    }

    /** {@code metric} of a selector label {@code source/metric[@agent]}. */
    private static String metric(String label) {
        String rest = label.substring(label.indexOf('/') + 1);
        int at = rest.lastIndexOf('@');
        return at < 0 ? rest : rest.substring(0, at);
    }
}
