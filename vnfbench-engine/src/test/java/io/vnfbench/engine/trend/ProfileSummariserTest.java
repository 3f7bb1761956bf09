package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Origin;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.SeriesPoint;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.TestKey;
import io.vnfbench.engine.verify.Baseline;
import io.vnfbench.engine.verify.GateReport;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.SampleExtractor;
import io.vnfbench.engine.verify.Verifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileSummariserTest {

    @Test
    void shouldSummariseAGymResultPerOutputAndMetric() throws Exception {
        // given
        VnfBr br = Documents.read(resource("conformance/gym/results_vnfbr-001.json"), VnfBr.class).value();

        // when
        RunSummary summary = ProfileSummariser.summarise(br, null, 7L);

        // then
        assertThat(summary.runNumber()).isEqualTo(7L);
        assertThat(summary.testKeys()).hasSize(br.outputs().size());
        assertThat(summary.metrics()).isNotEmpty();
        assertThat(summary.metrics()).allSatisfy(m -> assertThat(m.statistics().n()).isPositive());
        String json = RunSummaryJson.write(summary);
        assertThat(RunSummaryJson.fromPlain(
                io.vnfbench.engine.model.codec.PlainDocument.read("s.json", json.getBytes()), "s.json"))
                .isEqualTo(summary);
    }

    @Test
    void shouldCarryTheGatesVerdictsAndOutcome() throws Exception {
        // given
        VnfBr br = Documents.read(resource("conformance/gym/results_vnfbr-001.json"), VnfBr.class).value();
        RunSummary plain = ProfileSummariser.summarise(br, null, null);
        MetricSummary sampled = plain.metrics().get(0);
        VerificationResult.VerdictEntry entry = new VerificationResult.VerdictEntry("1", sampled.key().testKey(),
                "g", null, sampled.key().metric(), "higher", "REGRESSION", "welch", 3L, 3L, "12.5", "10", "-0.2",
                "0.001", "5%", null);
        VnfBr gated = br.withVerification(new Verification(List.of(), null, null, null, null, null, null, null, null,
                null, new VerificationResult("failed", "run-41", null, List.of(entry), List.of())));

        // when
        RunSummary summary = ProfileSummariser.summarise(gated, null, null);

        // then
        assertThat(summary.gate()).isEqualTo(GateOutcome.FAILED);
        MetricSummary m = summary.metric(sampled.key()).orElseThrow();
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(m.baselineId()).isEqualTo("run-41");
        assertThat(m.baselineMedian()).isEqualTo(12.5);
        assertThat(m.statistics()).isEqualTo(sampled.statistics());
        assertThat(summary.metrics()).hasSameSizeAs(plain.metrics());
    }

    @Test
    void shouldPutTheVerdictOfAnOutputWithoutVariablesOnTheRowThatHasItsSamples() throws Exception {
        // given: a VNF-BR without variables, gated against itself and the verdicts written back
        VnfBr run = vnfbr(new Output("1", List.of(), null, profile(List.of(
                trial(1, scalar(100), scalar(100)), trial(2, scalar(101), scalar(101)),
                trial(3, scalar(99), scalar(99))))));
        GateSpec spec = GateSpec.from(run.verification());
        GateReport report = Verifier.verify(run, spec, Baseline.single(new Baseline.Run("self", run)));
        VnfBr gated = run.withVerification(run.verification().withResult(report.toResult(null)));

        // when
        RunSummary summary = ProfileSummariser.summarise(gated, null, null);

        // then: one row, with the samples and the verdict together, under the planner's key
        assertThat(report.rows()).singleElement().satisfies(r -> assertThat(r.testKey()).isEqualTo(TestKey.NO_VARIABLES));
        assertThat(summary.metrics()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo(new MetricKey(TestKey.NO_VARIABLES, "udp", "throughput"));
            assertThat(m.statistics().n()).isEqualTo(3);
            assertThat(m.verdict()).isEqualTo(Verdict.PASS);
        });
    }

    @Test
    void shouldReduceInstancesRepeatsAndSeriesToOneValuePerTrialForTrendAndGateAlike() throws Exception {
        // given: 2 Trials, each with 2 instances x 2 repeats; one instance reports a series
        Metric series = Metric.series("throughput", "pps", List.of(new SeriesPoint("1", "90"),
                new SeriesPoint("2", "100"), new SeriesPoint("3", "110")));
        VnfBr run = vnfbr(new Output("1", List.of(), null, profile(List.of(
                trial(1, scalar(100), scalar(102), scalar(98), series),
                trial(2, scalar(200), scalar(200), scalar(210), scalar(190))))));

        // when
        RunSummary summary = ProfileSummariser.summarise(run, null, null);
        double[] gateSamples = SampleExtractor.extract(run, GateSpec.from(run.verification())).values().iterator()
                .next().values();

        // then: the Trial is the sample; its value is the median over instances and repeats (a series by its median)
        MetricSummary m = summary.metrics().get(0);
        assertThat(m.statistics().n()).isEqualTo(2);
        assertThat(m.statistics().min()).isEqualTo(100.0);
        assertThat(m.statistics().max()).isEqualTo(200.0);
        assertThat(gateSamples).containsExactly(100.0, 200.0);
    }

    @Test
    void shouldCountATrialWhoseSeriesHoldsNaNAsFailedAndNeverAsASample() throws Exception {
        // given
        Metric withNaN = Metric.series("throughput", "pps", List.of(new SeriesPoint("1", "100"),
                new SeriesPoint("2", "NaN")));
        VnfBr run = vnfbr(new Output("1", List.of(), null, profile(List.of(
                trial(1, scalar(100)), trial(2, withNaN), trial(3, scalar(101))))));

        // when
        RunSummary summary = ProfileSummariser.summarise(run, null, null);
        GateReport report = Verifier.verify(run, GateSpec.from(run.verification()),
                Baseline.single(new Baseline.Run("self", run)));

        // then
        MetricSummary m = summary.metrics().get(0);
        assertThat(m.statistics().n()).isEqualTo(2);
        assertThat(m.failedTrials()).isEqualTo(1);
        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(r.reason()).contains("Trial 2", "'NaN'");
        });
    }

    private static Metric scalar(double v) {
        return Metric.scalar("throughput", "pps", v);
    }

    /** One Trial whose evaluations (instance 1..n, repeat 1..2 alternately) hold these measurements. */
    private static Snapshot trial(long trial, Metric... measurements) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < measurements.length; i++) {
            evaluations.add(new Evaluation(Integer.toString(i + 1), (long) (i / 2 + 1), (long) (i % 2 + 1),
                    new Source("1", "udp", "prober", "1", "udp"), null, List.of(measurements[i]), null));
        }
        return new Snapshot(Long.toString(1000 * trial + 1), trial, new Origin("a1", "agent", null), evaluations,
                null, null);
    }

    private static VnfPp profile(List<Snapshot> snapshots) {
        return new VnfPp("pp", null, null, null, null, List.of(new Report("1", 1L, snapshots, null, null)));
    }

    private static VnfBr vnfbr(Output... outputs) {
        Verification gate = new Verification(List.of(new GatedMetric("throughput", "udp", "throughput", null, null,
                "higher", "5%", null, null, null, null, null, null, null, null)), null, null, null, null, null, null,
                "welch", null, null, null);
        return new VnfBr("br", "bench", "1", null, null, null, null, null, List.of(outputs), null, null, gate);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ProfileSummariserTest.class.getClassLoader().getResource(name).toURI());
    }

}
