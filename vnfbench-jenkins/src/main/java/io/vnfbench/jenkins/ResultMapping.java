package io.vnfbench.jenkins;

import hudson.model.Result;

/**
 * Overall verdict → build result. REGRESSION sets {@code failOn}; ERROR (a Test × metric the gate could not evaluate
 * because the run failed there) fails the build; INCONCLUSIVE marks it unstable (too few or too noisy samples are never
 * a silent pass); PASS, IMPROVEMENT, NO_BASELINE (first build) and NOT_GATED leave the result alone.
 */
final class ResultMapping {

    private ResultMapping() {
    }

    static Result resultFor(String verdict, StepSettings.FailOn failOn) {
        switch (verdict) {
            case "REGRESSION":
                return failOn == StepSettings.FailOn.UNSTABLE ? Result.UNSTABLE : Result.FAILURE;
            case "ERROR":
                return Result.FAILURE;
            case "INCONCLUSIVE":
                return Result.UNSTABLE;
            default:
                return Result.SUCCESS;
        }
    }

    /** The line the build log and the stage warning show for a result worse than SUCCESS. */
    static String reason(String verdict, int failedTests) {
        switch (verdict) {
            case "REGRESSION":
                return "performance regression in " + failedTests + " test(s)";
            case "ERROR":
                return "the gate could not evaluate " + failedTests + " test(s)";
            case "INCONCLUSIVE":
                return "performance gate inconclusive: too few or too noisy samples";
            default:
                return "performance gate: " + verdict;
        }
    }
}
