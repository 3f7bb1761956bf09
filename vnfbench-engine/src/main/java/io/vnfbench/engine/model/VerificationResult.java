package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/**
 * The outcome of verifying a VNF-BR against a baseline (vnfbench extension, written by {@code vnfbench verify}).
 *
 * @param gate      {@code passed} or {@code failed}
 * @param baseline  what the candidate was compared with, e.g. {@code history:median:5 (runs 17..21)}
 * @param timestamp when it was verified (ISO-8601 UTC)
 * @param verdicts  one per Test key × gated metric
 * @param warnings  what the reader should know (inconclusive results, mixed testbeds, missing baselines)
 */
public record VerificationResult(@Nullable String gate, @Nullable String baseline,
        @Nullable String timestamp, List<VerdictEntry> verdicts,
        List<String> warnings) {
    public VerificationResult {
        verdicts = Lists.of(verdicts);
        warnings = Lists.of(warnings);
    }

    /**
     * One verdict row. Numbers are decimal text, as YANG decimal64 leaves are.
     *
     * @param id         {@code <test key> <gate name>}, the list key ({@code * <gate>} for all Test keys together)
     * @param change     signed relative change of the effect estimate, e.g. {@code -0.0512}
     * @param decidedAt  the number of candidate Trials from which on the verdict held (absent: undecided)
     * @param lower      lower end of the degradation's interval at the row's false-alarm level
     * @param upper      upper end of that interval
     * @param detectable the smallest regression the row could have detected, as a fraction
     * @param alpha      the row's share of the build's false-alarm budget
     */
    public record VerdictEntry(@Key String id, @Nullable @YangName("test_key") String testKey,
            @Nullable String gate, @Nullable String source,
            @Nullable String metric, @Nullable String direction, @Nullable String verdict,
                    @Nullable String method,
            @Nullable @YangName("baseline_samples") Long baselineSamples,
                    @Nullable @YangName("candidate_samples") Long candidateSamples,
            @Nullable @YangName("baseline_median") String baselineMedian,
                    @Nullable @YangName("candidate_median") String candidateMedian,
            @Nullable String change, @Nullable @YangName("p_value") String pValue, @Nullable String limit,
                    @Nullable String reason,
            @Nullable @YangName("decided_at") Long decidedAt, @Nullable String lower,
                    @Nullable String upper, @Nullable String detectable, @Nullable String alpha) {

        public VerdictEntry(String id, String testKey, String gate, String source, String metric, String direction,
                String verdict, String method, Long baselineSamples, Long candidateSamples, String baselineMedian,
                String candidateMedian, String change, String pValue, String limit, String reason) {
            this(id, testKey, gate, source, metric, direction, verdict, method, baselineSamples, candidateSamples,
                    baselineMedian, candidateMedian, change, pValue, limit, reason, null, null, null, null, null);
        }
    }
}
