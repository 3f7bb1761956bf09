package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksOutput;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import io.jenkins.plugins.checks.api.ChecksStatus;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.session.VerdictLine;
import io.vnfbench.engine.session.VerdictMarkdown;
import java.util.List;

/** The checks-api side of {@link ChecksSink}; loaded only when checks-api is installed. */
final class ChecksPublishing implements ChecksSink {

    /** Check runs have a size limit; the engine's table lists the rows that fail first and stops here. */
    static final int MAX_ROWS = 200;

    @Override
    public void publish(Run<?, ?> run, TaskListener listener, BenchmarkSummary summary, List<VerdictLine> rows) {
        ChecksPublisherFactory.fromRun(run, listener).publish(details(summary, rows));
    }

    static ChecksDetails details(BenchmarkSummary summary, List<VerdictLine> rows) {
        int failed = summary.getFailedTests().size();
        return new ChecksDetails.ChecksDetailsBuilder()
                .withName("vnfbench: " + summary.getVnfbr())
                .withStatus(ChecksStatus.COMPLETED)
                .withConclusion(conclusion(summary.verdict().orElse(null)))
                .withOutput(new ChecksOutput.ChecksOutputBuilder()
                        .withTitle("Performance gate: " + summary.getVerdict() + (failed == 0 ? "" : " in " + failed + " test(s)"))
                        .withSummary("Baseline: " + VerdictMarkdown.escape(summary.getBaseline()))
                        .withText(VerdictMarkdown.table(rows, MAX_ROWS))
                        .build())
                .build();
    }

    /** As the build result: REGRESSION and ERROR fail, INCONCLUSIVE is neither, anything else succeeds. */
    static ChecksConclusion conclusion(@CheckForNull Verdict verdict) {
        if (verdict == null) {
            return ChecksConclusion.SUCCESS;
        }
        return switch (verdict) {
            case REGRESSION, ERROR -> ChecksConclusion.FAILURE;
            case INCONCLUSIVE -> ChecksConclusion.NEUTRAL;
            default -> ChecksConclusion.SUCCESS;
        };
    }
}
