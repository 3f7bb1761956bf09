package io.vnfbench.jenkins;

/**
 * One line of the verdict table as the build page shows it: every value already formatted by the engine, so the view
 * only prints (escaped) text.
 */
public final class VerdictRow {

    private final String testKey;
    private final String metric;
    private final String verdict;
    private final String baseline;
    private final String samples;
    private final String baselineMedian;
    private final String candidateMedian;
    private final String change;
    private final String pValue;
    private final String limit;

    public VerdictRow(String testKey, String metric, String verdict, String baseline, String samples, String baselineMedian,
                      String candidateMedian, String change, String pValue, String limit) {
        this.testKey = testKey;
        this.metric = metric;
        this.verdict = verdict;
        this.baseline = baseline;
        this.samples = samples;
        this.baselineMedian = baselineMedian;
        this.candidateMedian = candidateMedian;
        this.change = change;
        this.pValue = pValue;
        this.limit = limit;
    }

    public String getTestKey() {
        return testKey;
    }

    public String getMetric() {
        return metric;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getBaseline() {
        return baseline;
    }

    public String getSamples() {
        return samples;
    }

    public String getBaselineMedian() {
        return baselineMedian;
    }

    public String getCandidateMedian() {
        return candidateMedian;
    }

    public String getChange() {
        return change;
    }

    public String getPValue() {
        return pValue;
    }

    public String getLimit() {
        return limit;
    }

    /** CSS class for the verdict cell. */
    public String getVerdictClass() {
        return "vnfbench-" + verdict.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
