package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.codec.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The verdict table that explains itself, as aligned text or as one JSON document. */
public final class VerdictTable {
    private static final String[] HEADER = {"test key", "metric", "verdict", "n base/cand", "base level",
        "cand level", "change", "p (worse)", "limit", "decided at", "detects", "method", "why"};

    private VerdictTable() {
    }

    /** Aligned text: a header, one line per row, then the overall result (warnings are separate: {@code warnings()}). */
    public static String text(GateReport report) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (VerdictRow r : report.rows()) {
            lines.add(new String[] {r.testKey(), r.gate() + " (" + r.metric() + ", " + r.direction().keyword() + ")",
                r.verdict().name(), r.baselineCount() + "/" + r.candidateCount(), orDash(number(r.baselineMedian())),
                orDash(number(r.candidateMedian())), percent(r.change()), pValue(r.pValue()), r.limit(),
                r.decidedAt() > 0 ? Integer.toString(r.decidedAt()) : "-",
                Double.isNaN(r.detectable()) ? "-" : Double.isInfinite(r.detectable()) ? "inf"
                        : String.format(Locale.ROOT, "%.2f %%", r.detectable() * 100),
                r.method(), r.reason()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length - 1; i++) {
                widths[i] = Math.max(widths[i], l[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("baseline: ").append(report.baselineId()).append('\n');
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                sb.append(i == l.length - 1 ? l[i] : pad(l[i], widths[i])).append(i == l.length - 1 ? "" : "  ");
            }
            sb.append('\n');
        }
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
            counts.append(counts.length() > 0 ? ", " : "").append(e.getValue()).append(' ').append(e.getKey());
        }
        sb.append("gate: ").append(report.result().name()).append(" (").append(counts).append(")\n");
        for (String note : report.notes()) {
            sb.append("note: ").append(note).append('\n');
        }
        return sb.toString();
    }

    /** One JSON document: the verification result as it is written into the VNF-BR. */
    public static String json(GateReport report, String timestamp) {
        return Documents.writeJson(report.toResult(timestamp));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    /** A measured value with six significant digits; null for NaN. */
    @CheckForNull
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    /** A fraction or probability with four significant digits; null when not a finite number (an unbounded interval). */
    @CheckForNull
    public static String decimal(double v) {
        return !Double.isFinite(v) ? null : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String percent(double change) {
        return Double.isNaN(change) ? "-" : String.format(Locale.ROOT, "%+.2f %%", change * 100);
    }

    private static String pValue(double p) {
        return Double.isNaN(p) ? "-" : p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
