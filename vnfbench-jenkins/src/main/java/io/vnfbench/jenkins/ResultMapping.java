package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import io.vnfbench.engine.model.Verdict;

/**
 * Overall verdict → build result. REGRESSION sets {@code failOn}; ERROR (a Test × metric the gate could not evaluate
 * because the run failed there) fails the build; INCONCLUSIVE marks it unstable (too few or too noisy samples are never
 * a silent pass); PASS, IMPROVEMENT, NO_BASELINE (first build) and a run that was not gated (null) leave it alone.
 */
final class ResultMapping {

    private ResultMapping() {
    }

    static Result resultFor(@CheckForNull Verdict verdict, StepSettings.FailOn failOn) {
        if (verdict == null) {
            return Result.SUCCESS;
        }
        return switch (verdict) {
            case REGRESSION -> failOn == StepSettings.FailOn.UNSTABLE ? Result.UNSTABLE : Result.FAILURE;
            case ERROR -> Result.FAILURE;
            case INCONCLUSIVE -> Result.UNSTABLE;
            default -> Result.SUCCESS;
        };
    }

    /** The line the build log and the stage warning show for a result worse than SUCCESS. */
    static String reason(@CheckForNull Verdict verdict, int failedTests) {
        if (verdict == null) {
            return "performance gate: " + BenchmarkSummary.NOT_GATED;
        }
        return switch (verdict) {
            case REGRESSION -> "performance regression in " + failedTests + " test(s)";
            case ERROR -> "the gate could not evaluate " + failedTests + " test(s)";
            case INCONCLUSIVE -> "performance gate inconclusive: too few or too noisy samples";
            default -> "performance gate: " + verdict;
        };
    }
}
