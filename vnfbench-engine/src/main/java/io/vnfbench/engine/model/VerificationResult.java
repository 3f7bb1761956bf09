package io.vnfbench.engine.model;

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
public record VerificationResult(String gate, String baseline, String timestamp, List<VerdictEntry> verdicts,
        List<String> warnings) {
    public VerificationResult {
        verdicts = Lists.of(verdicts);
        warnings = Lists.of(warnings);
    }

    /**
     * One verdict row. Numbers are decimal text, as YANG decimal64 leaves are.
     *
     * @param id     {@code <test key> <gate name>}, the list key
     * @param change signed relative change of the effect estimate, e.g. {@code -0.0512}
     */
    public record VerdictEntry(@Key String id, @YangName("test_key") String testKey, String gate, String source,
            String metric, String direction, String verdict, String method,
            @YangName("baseline_samples") Long baselineSamples, @YangName("candidate_samples") Long candidateSamples,
            @YangName("baseline_median") String baselineMedian, @YangName("candidate_median") String candidateMedian,
            String change, @YangName("p_value") String pValue, String limit, String reason) {
    }
}
