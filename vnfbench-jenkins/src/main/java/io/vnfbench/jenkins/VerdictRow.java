package io.vnfbench.jenkins;

import io.vnfbench.engine.session.VerdictLine;
import java.util.Locale;

/**
 * One line of the verdict table as the build page shows it: every value already formatted by the engine
 * ({@link VerdictLine}), so the view only prints (escaped) text.
 */
public final class VerdictRow {

    private final VerdictLine line;

    VerdictRow(VerdictLine line) {
        this.line = line;
    }

    public String getTestKey() {
        return line.testKey();
    }

    public String getMetric() {
        return line.metric();
    }

    /** The verdict's name, or {@link BenchmarkSummary#NOT_GATED}. */
    public String getVerdict() {
        return line.verdictText();
    }

    public String getBaseline() {
        return line.baseline();
    }

    public String getSamples() {
        return line.samples();
    }

    public String getBaselineMedian() {
        return line.baselineMedian();
    }

    public String getCandidateMedian() {
        return line.candidateMedian();
    }

    public String getChange() {
        return line.change();
    }

    public String getPValue() {
        return line.pValue();
    }

    public String getLimit() {
        return line.limit();
    }

    /** CSS class for the verdict cell. */
    public String getVerdictClass() {
        return "vnfbench-" + getVerdict().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
