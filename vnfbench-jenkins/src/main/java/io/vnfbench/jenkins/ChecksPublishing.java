package io.vnfbench.jenkins;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksOutput;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import io.jenkins.plugins.checks.api.ChecksStatus;
import java.util.List;

/** The checks-api side of {@link ChecksSink}; loaded only when checks-api is installed. */
final class ChecksPublishing implements ChecksSink {

    /** Check runs have a size limit; the table lists the rows that matter first and stops here. */
    static final int MAX_ROWS = 200;

    @Override
    public void publish(Run<?, ?> run, TaskListener listener, BenchmarkSummary summary, List<VerdictRow> rows) {
        ChecksPublisherFactory.fromRun(run, listener).publish(details(summary, rows));
    }

    static ChecksDetails details(BenchmarkSummary summary, List<VerdictRow> rows) {
        return new ChecksDetails.ChecksDetailsBuilder()
                .withName("vnfbench: " + summary.getVnfbr())
                .withStatus(ChecksStatus.COMPLETED)
                .withConclusion(conclusion(summary.getVerdict()))
                .withOutput(new ChecksOutput.ChecksOutputBuilder()
                        .withTitle(title(summary))
                        .withSummary("Baseline: " + markdown(summary.getBaseline()))
                        .withText(table(rows))
                        .build())
                .build();
    }

    static ChecksConclusion conclusion(String verdict) {
        switch (verdict) {
            case "REGRESSION":
            case "ERROR":
                return ChecksConclusion.FAILURE;
            case "INCONCLUSIVE":
                return ChecksConclusion.NEUTRAL;
            default:
                return ChecksConclusion.SUCCESS;
        }
    }

    static String title(BenchmarkSummary s) {
        int failed = s.getFailedTests().size();
        return failed == 0 ? "Performance gate: " + s.getVerdict() : "Performance gate: " + s.getVerdict() + " in " + failed + " test(s)";
    }

    /** A Markdown table: regressions and errors first, then the rest, up to {@link #MAX_ROWS}; user text escaped. */
    static String table(List<VerdictRow> rows) {
        StringBuilder sb = new StringBuilder("| Test | Metric | Verdict | Baseline | Candidate | Change | p | Limit |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        int written = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (VerdictRow r : rows) {
                boolean bad = r.getVerdict().equals("REGRESSION") || r.getVerdict().equals("ERROR");
                if ((pass == 0) != bad || written >= MAX_ROWS) {
                    continue;
                }
                sb.append("| ").append(markdown(r.getTestKey())).append(" | ").append(markdown(r.getMetric()))
                        .append(" | ").append(markdown(r.getVerdict())).append(" | ").append(markdown(r.getBaselineMedian()))
                        .append(" | ").append(markdown(r.getCandidateMedian())).append(" | ").append(markdown(r.getChange()))
                        .append(" | ").append(markdown(r.getPValue())).append(" | ").append(markdown(r.getLimit())).append(" |\n");
                written++;
            }
        }
        if (written < rows.size()) {
            sb.append("\n").append(rows.size() - written).append(" more row(s) on the build page.\n");
        }
        return sb.toString();
    }

    /** Escapes Markdown and HTML control characters in user-provided text. */
    static String markdown(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '|': case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '~':
                    sb.append('\\').append(c);
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '&':
                    sb.append("&amp;");
                    break;
                case '\n': case '\r':
                    sb.append(' ');
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
