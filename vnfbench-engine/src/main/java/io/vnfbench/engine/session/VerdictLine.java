package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.trend.MetricSummary;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.verify.VerdictTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of a verdict table as pages show it, every value already formatted here: the gate's row of a Test key ×
 * gated metric, or, for a run that was not gated, a Test key × metric with its median.
 *
 * @param metric  {@code gate (source/metric, higher)} for a gated row, {@code source/metric [unit]} otherwise
 * @param verdict null when the run was not gated
 * @param samples {@code baseline/candidate} sample counts, or the number of Trials
 */
public record VerdictLine(String testKey, String metric, Verdict verdict, String baseline, String samples,
                          String baselineMedian, String candidateMedian, String change, String pValue, String limit,
                          String reason) {

    /** The word a page shows for the verdict: its name, or {@code NOT_GATED}. */
    public String verdictText() {
        return verdict == null ? "NOT_GATED" : verdict.name();
    }

    public Optional<Verdict> verdictIfGated() {
        return Optional.ofNullable(verdict);
    }

    /** The gate's rows as written into the VNF-BR. */
    public static List<VerdictLine> of(VerificationResult result) {
        List<VerdictLine> lines = new ArrayList<>();
        for (VerificationResult.VerdictEntry v : result.verdicts()) {
            lines.add(new VerdictLine(text(v.testKey()), text(v.gate()) + " (" + text(v.source()) + "/"
                    + text(v.metric()) + ", " + text(v.direction()) + ")", Verdict.find(v.verdict()).orElse(null),
                    text(result.baseline()), v.baselineSamples() + "/" + v.candidateSamples(), text(v.baselineMedian()),
                    text(v.candidateMedian()), percent(v.change()), text(v.pValue()), text(v.limit()),
                    text(v.reason())));
        }
        return lines;
    }

    /** One line per Test key × metric of a run summary (the page of a run that was not gated). */
    static List<VerdictLine> of(RunSummary summary) {
        List<VerdictLine> lines = new ArrayList<>();
        for (MetricSummary m : summary.metrics()) {
            double median = m.statistics().median();
            double base = m.baselineMedian();
            String change = Double.isNaN(base) || base == 0 || Double.isNaN(median) ? ""
                    : String.format(Locale.ROOT, "%+.2f %%", 100 * (median - base) / Math.abs(base));
            String samples = m.statistics().n() + (m.failedTrials() > 0 ? " (+" + m.failedTrials() + " failed)" : "");
            lines.add(new VerdictLine(m.key().testKey(), m.key().metricLabel() + (m.unit().isEmpty() ? ""
                    : " [" + m.unit() + "]"), m.verdict(), text(m.baselineId()), samples, number(base),
                    number(median), change, "", "", ""));
        }
        return lines;
    }

    /** The one way the engine writes a measured value in tables: six significant digits, trailing zeros dropped. */
    static String number(double v) {
        String s = VerdictTable.number(v);
        return s == null ? "" : s;
    }

    private static String text(Object s) {
        return s == null ? "" : s.toString();
    }

    private static String percent(String fraction) {
        if (fraction == null || fraction.isEmpty()) {
            return "";
        }
        try {
            return String.format(Locale.ROOT, "%+.2f %%", 100 * Double.parseDouble(fraction));
        } catch (NumberFormatException e) {
            return fraction;
        }
    }
}
