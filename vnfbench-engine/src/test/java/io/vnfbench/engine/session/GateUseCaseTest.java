package io.vnfbench.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate use case on Gym's two runs of the same VNF-BR (the second rate-limited to 1 Gbit/s). */
class GateUseCaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30.250Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Benchmarks benchmarks = Benchmarks.installed(CLOCK);

    @Test
    void shouldGateWriteTheVerdictsBackOnceAndStampThemWithTheClock() throws Exception {
        Path base = gym("results_vnfbr-001.json", "base.json");
        Path cand = gym("results_vnfbr-002.json", "cand.json");
        Path out = dir.resolve("verified.json");

        GateDecision d = benchmarks.gate(cand, GateRequest.against(BaselineSource.file(base)), out);

        assertThat(d.outcome()).isEqualTo(GateOutcome.FAILED);
        assertThat(d.overall()).isEqualTo(Verdict.REGRESSION);
        assertThat(d.counts()).hasSize(Verdict.values().length);
        assertThat(d.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(d.result().verdicts().size());
        assertThat(d.failedTests()).isNotEmpty().containsExactlyElementsOf(d.result().verdicts().stream()
                .filter(v -> v.verdict().equals("REGRESSION")).map(v -> v.testKey()).distinct().toList());
        assertThat(d.passing()).isFalse();
        VnfBr written = Documents.read(out, VnfBr.class).value();
        assertThat(written.verification().result()).isEqualTo(d.result());
        assertThat(d.result().timestamp()).isEqualTo("2026-11-21T10:15:30Z");
        assertThat(d.lines()).hasSameSizeAs(d.result().verdicts()).extracting(VerdictLine::verdict)
                .contains(Verdict.REGRESSION);
    }

    @Test
    void shouldFollowTheNoBaselineRuleForAHistoryThatDoesNotExistYet() throws Exception {
        Path cand = gym("results_vnfbr-002.json", "cand.json");

        GateDecision d = benchmarks.gate(cand, GateRequest.against(BaselineSource.history(dir.resolve("history"),
                "median:5")), null);

        assertThat(d.outcome()).isEqualTo(GateOutcome.PASSED);
        assertThat(d.overall()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(d.counts()).containsEntry(Verdict.NO_BASELINE, 2);
        assertThat(d.passing()).isTrue();
        assertThat(d.baselineId()).contains("no baseline", "does not exist");
        assertThat(d.warnings()).anyMatch(w -> w.startsWith("no baseline: history directory"));
    }

    @Test
    void shouldPoolRunsACiServerChoseAndNameThemByItsNote() throws Exception {
        Map<String, Path> runs = new LinkedHashMap<>();
        for (int b = 5; b >= 1; b--) {
            runs.put("#" + b, gym("results_vnfbr-001.json", "b" + b + ".json"));
        }
        Path cand = gym("results_vnfbr-002.json", "cand.json");

        GateDecision d = benchmarks.gate(cand, GateRequest.against(BaselineSource.runs(runs, true,
                "median of the last 5 passing builds: #5 .. #1")), null);

        assertThat(d.baselineId()).isEqualTo("median of the last 5 passing builds: #5 .. #1");
        assertThat(d.result().verdicts()).filteredOn(v -> v.testKey().startsWith("vnf_"))
                .hasSize(2).allSatisfy(v -> assertThat(v.baselineSamples()).isEqualTo(20L));
    }

    @Test
    void shouldCheckOverridesByTheGatesOwnRulesAndNameUnknownMetrics() throws Exception {
        Path cand = gym("results_vnfbr-002.json", "cand.json");

        assertThatThrownBy(() -> new GateOverrides(List.of(), 1.5, null, null, null))
                .hasMessageContaining("tolerance must be in [0, 1)");
        assertThatThrownBy(() -> new GateOverrides(List.of(), null, 0.3, null, null))
                .hasMessageContaining("confidence must be in [0.5, 1)");
        assertThatThrownBy(() -> new GateOverrides(List.of(), null, null, 1, null))
                .hasMessageContaining("min samples must be at least 2");
        assertThat(GateOverrides.fraction("5%")).isEqualTo(0.05);
        assertThatThrownBy(() -> benchmarks.gate(cand, GateRequest.against(BaselineSource.file(cand))
                .withOverrides(new GateOverrides(List.of("latency"), null, null, null, null)), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cand.json: metrics: 'latency' is not a gated metric").hasMessageContaining("[throughput]");
    }

    private Path gym(String name, String as) throws Exception {
        VnfBr br = Documents.read(Path.of(getClass().getResource("/conformance/gym/" + name).toURI()), VnfBr.class)
                .value();
        Path file = dir.resolve(as);
        Documents.writeAtomically(file, br.withVerification(new Verification(List.of(new GatedMetric("throughput",
                "iperf3", "bits_per_second", "d1", null, "higher", "5%", null, null, null, null, null, null, null,
                null)), null, null, null, null, null, null, null, null, null, null)));
        return Files.exists(file) ? file : null;
    }
}
