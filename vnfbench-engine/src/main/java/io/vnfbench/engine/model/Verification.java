package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/**
 * vnfbench extension of the VNF-BR: the performance gate (which metrics, which way is better, how much change is
 * tolerated) and, once verified, its verdicts. Documented in docs/verification.md.
 *
 * @param metrics      the gated metrics
 * @param tolerance    default relative tolerance for every metric, e.g. {@code 5%} or {@code 0.05}
 * @param detect       default regression size the gate must catch (default: twice the tolerance)
 * @param confidence   default confidence for REGRESSION/IMPROVEMENT, e.g. {@code 0.99}
 * @param power        default probability of catching a regression of the {@code detect} size, e.g. {@code 0.9}
 * @param minSamples   default minimum samples on each side
 * @param maxSamples   most candidate Trials the sequential rule may ask for
 * @param method       default test without history: {@code auto}, {@code welch}, {@code mann-whitney}
 * @param errorsFail   whether a failed measurement (ERROR) fails the gate (default true)
 * @param strict       whether INCONCLUSIVE and NO_BASELINE fail the gate (default false: a warning)
 * @param budget       most Trials a run may have with the extra ones the gate asks for: a number, or a multiple of the
 *                     planned Trials such as {@code 3x} (default {@code 3x})
 * @param interleave   measure baseline and candidate versions in the same run, interleaved (absent: a baseline run)
 * @param result       the verdicts, written by {@code vnfbench verify}
 */
public record Verification(List<GatedMetric> metrics, @Nullable String tolerance, @Nullable String detect,
        @Nullable String confidence, @Nullable String power,
        @Nullable @YangName("min_samples") Long minSamples, @Nullable @YangName("max_samples") Long maxSamples,
                @Nullable String method,
        @Nullable @YangName("errors_fail") Boolean errorsFail, @Nullable Boolean strict,
                @Nullable String budget, @Nullable Interleave interleave,
        @Nullable VerificationResult result) {
    public Verification {
        metrics = Lists.of(metrics);
    }

    public Verification(List<GatedMetric> metrics, String tolerance, String detect, String confidence, String power,
            Long minSamples, Long maxSamples, String method, Boolean errorsFail, Boolean strict,
            VerificationResult result) {
        this(metrics, tolerance, detect, confidence, power, minSamples, maxSamples, method, errorsFail, strict, null, null,
                result);
    }

    public Verification withResult(VerificationResult newResult) {
        return new Verification(metrics, tolerance, detect, confidence, power, minSamples, maxSamples, method,
                errorsFail, strict, budget, interleave, newResult);
    }

    public Verification withInterleave(Interleave newInterleave) {
        return new Verification(metrics, tolerance, detect, confidence, power, minSamples, maxSamples, method,
                errorsFail, strict, budget, newInterleave, result);
    }
}
