package io.vnfbench.engine.verify;

import static io.vnfbench.engine.verify.GateFixtures.LATENCY;
import static io.vnfbench.engine.verify.GateFixtures.THROUGHPUT;
import static io.vnfbench.engine.verify.GateFixtures.br;
import static io.vnfbench.engine.verify.GateFixtures.output;
import static io.vnfbench.engine.verify.GateFixtures.scaled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VerifierTest {
    private static final String KEY = "nfs=2,topology=snake";

    private static GateSpec spec() throws GateSpecException {
        return GateSpec.from(GateFixtures.standard());
    }

    private static Baseline single(VnfBr br) {
        return Baseline.single(new Baseline.Run(br.id(), br));
    }

    private static VerdictRow row(GateReport r, String gate) {
        return r.rows().stream().filter(x -> x.gate().equals(gate)).findFirst().orElseThrow();
    }

    @Test
    void shouldPassAnUnchangedCandidateVerifiedAgainstItself() throws Exception {
        VnfBr run = br("run-1", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(run, spec(), single(run));

        assertThat(report.rows()).extracting(VerdictRow::verdict).containsOnly(Verdict.PASS);
        assertThat(report.result()).isEqualTo(GateOutcome.PASSED);
    }

    @Test
    void shouldFailWithRegressionWhenThroughputDropsTenPercent() throws Exception {
        VnfBr base = br("run-1", output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, scaled(THROUGHPUT, 0.9), LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(row(report, "throughput").change()).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(row(report, "latency").verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
    }

    @Test
    void shouldTreatALatencyIncreaseAsRegressionAndAThroughputIncreaseAsImprovement() throws Exception {
        VnfBr base = br("run-1", output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, scaled(THROUGHPUT, 1.1), scaled(LATENCY, 1.1)));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(row(report, "latency").verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldBeInconclusiveButPassUnlessStrict() throws Exception {
        double[] wide = {80, 120, 95, 110};
        VnfBr base = br("run-1", output(KEY, wide, new double[] {10, 10, 10, 10}));
        VnfBr cand = br("run-2", output(KEY, new double[] {85, 115, 100, 102}, new double[] {10, 10, 10, 10}));

        GateReport lax = Verifier.verify(cand, spec(), single(base));
        GateReport strict = Verifier.verify(cand, spec().withStrict(true), single(base));

        assertThat(row(lax, "throughput").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(lax.result()).isEqualTo(GateOutcome.PASSED);
        assertThat(lax.warnings()).anyMatch(w -> w.contains("inconclusive"));
        assertThat(strict.result()).isEqualTo(GateOutcome.FAILED);
    }

    @Test
    void shouldSayNoBaselineForATestKeyTheBaselineDoesNotHave() throws Exception {
        VnfBr base = br("run-1", output("nfs=4,topology=snake", THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(report.rows()).extracting(VerdictRow::verdict).containsOnly(Verdict.NO_BASELINE);
        assertThat(row(report, "throughput").reason()).contains("no Test with this key");
        assertThat(report.warnings()).anyMatch(w -> w.contains("in the baseline but not in the candidate: nfs=4"));
        assertThat(report.result()).isEqualTo(GateOutcome.PASSED);
    }

    @Test
    void shouldSkipATestThatWasNotRun() throws Exception {
        Output notRun = new Output("2", GateFixtures.variables("nfs=8,topology=snake"), null, null);
        VnfBr run = br("run-1", output(KEY, THROUGHPUT, LATENCY), notRun);

        GateReport report = Verifier.verify(run, spec(), single(run));

        assertThat(report.rows()).filteredOn(r -> r.testKey().equals("nfs=8,topology=snake"))
                .extracting(VerdictRow::verdict).containsOnly(Verdict.SKIPPED);
    }

    @Test
    void shouldReportErrorForANaNMeasurementAndFailTheGateUnlessConfiguredOtherwise() throws Exception {
        double[] withNaN = THROUGHPUT.clone();
        withNaN[2] = Double.NaN;
        VnfBr base = br("run-1", output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, withNaN, LATENCY));
        Verification lenient = new Verification(GateFixtures.standard().metrics(), null, null, null, null, null, null,
                null, false, null, null);

        GateReport report = Verifier.verify(cand, spec(), single(base));
        GateReport tolerated = Verifier.verify(cand, GateSpec.from(lenient), single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.ERROR);
        assertThat(row(report, "throughput").reason()).contains("throughput is not a number ('NaN')");
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
        assertThat(tolerated.result()).isEqualTo(GateOutcome.PASSED);
    }

    @Test
    void shouldReportErrorWhenASelectorMatchesNothingAnywhere() throws Exception {
        GateSpec typo = GateSpec.from(GateFixtures.verification(GateFixtures.gate("t", "througput", "higher", "5%")));
        VnfBr run = br("run-1", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(run, typo, single(run));

        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
            assertThat(r.reason()).contains("check the source and metric names");
        });
    }

    @Test
    void shouldFailOnAnAbsoluteBoundWhateverTheBaselineSays() throws Exception {
        GatedMetric bounded = new GatedMetric("latency-p90", "udpgen", "latency", null, null, "lower", null, null, null,
                null, null, null, "p90", null, "10.0");
        GateSpec s = GateSpec.from(GateFixtures.verification(bounded));
        VnfBr run = br("run-1", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(run, s, single(run));

        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.REGRESSION);
            assertThat(r.reason()).contains("p90", "above the absolute maximum 10");
        });
    }

    @Test
    void shouldSelectBaselinesByPolicy() throws Exception {
        List<Baseline.Run> runs = List.of(
                new Baseline.Run("run-1", br("run-1", output(KEY, THROUGHPUT, LATENCY))),
                new Baseline.Run("run-2", br("run-2", output(KEY, THROUGHPUT, LATENCY))),
                new Baseline.Run("run-3", GateFixtures.failedRun("run-3", output(KEY, THROUGHPUT, LATENCY))));

        assertThat(BaselinePolicy.parse("last").select(runs).runs()).extracting(Baseline.Run::id).containsExactly("run-2");
        Baseline median = BaselinePolicy.parse("median:5").select(runs);
        assertThat(median.runs()).extracting(Baseline.Run::id).containsExactly("run-1", "run-2");
        assertThat(median.history()).isTrue();
        assertThat(BaselinePolicy.parse("median:1").select(runs).runs()).extracting(Baseline.Run::id)
                .containsExactly("run-2");
        assertThat(BaselinePolicy.parse("pinned:run-3").select(runs).runs()).extracting(Baseline.Run::id)
                .containsExactly("run-3");
        assertThatThrownBy(() -> BaselinePolicy.parse("pinned:run-9").select(runs))
                .isInstanceOf(NoBaselineException.class).hasMessageContaining("run-1, run-2, run-3");
        assertThatThrownBy(() -> BaselinePolicy.parse("last").select(List.of()))
                .isInstanceOf(NoBaselineException.class).hasMessageContaining("no runs");
        assertThatThrownBy(() -> BaselinePolicy.parse("last").select(runs.subList(2, 3)))
                .isInstanceOf(NoBaselineException.class).hasMessageContaining("passed");
        assertThatThrownBy(() -> BaselinePolicy.parse("best")).hasMessageContaining("last, median:N or pinned:ID");
    }

    @Test
    void shouldPoolAHistoryAndAskTheTrialSourceWhileUndecided() throws Exception {
        // given 20 earlier runs of 5 Trials at CV 3 %
        SplittableRandom random = new SplittableRandom(11);
        List<Baseline.Run> runs = new ArrayList<>();
        for (int b = 0; b < 20; b++) {
            double[] t = new double[5];
            for (int i = 0; i < 5; i++) {
                t[i] = 100 * (1 + 0.03 * random.nextGaussian());
            }
            runs.add(new Baseline.Run("run-" + b, br("run-" + b, output(KEY, t, scaled(LATENCY, 1)))));
        }
        Baseline history = BaselinePolicy.parse("median:20").select(runs);
        // and a candidate whose first 3 Trials sit between "no change" and "5 % worse", later Trials clearly worse
        VnfBr cand = br("cand", output(KEY, new double[] {97.5, 97.5, 97.5}, new double[] {10, 10, 10}));
        List<String> asked = new ArrayList<>();
        TrialSource source = testKey -> {
            asked.add(testKey);
            return GateFixtures.trial(10 + asked.size(), Map.of("throughput", 93.0, "latency", 10.0));
        };

        GateSpec tight = GateSpec.from(new Verification(List.of(GateFixtures.gate("throughput", "throughput", "higher",
                "2%")), null, "5%", null, null, null, null, null, null, null, null));

        GateReport report = new Verifier(tight, source, false).verify(cand, history);

        VerdictRow t = row(report, "throughput");
        assertThat(t.verdict()).as(t.toString() + asked).isEqualTo(Verdict.REGRESSION);
        assertThat(t.method()).isEqualTo("sequential");
        assertThat(t.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(asked).isNotEmpty().containsOnly(KEY);
        assertThat(t.candidateCount()).isEqualTo(3 + asked.size());
        assertThat(t.baselineCount()).isEqualTo(100);
    }

    @Test
    void shouldDowngradeARegressionThatARerunDoesNotConfirm() throws Exception {
        VnfBr base = br("run-1", output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, scaled(THROUGHPUT, 0.9), LATENCY));
        int[] trial = {0};
        TrialSource healthy = testKey -> GateFixtures.trial(++trial[0],
                Map.of("throughput", THROUGHPUT[trial[0] % THROUGHPUT.length], "latency", 10.0));

        GateReport report = new Verifier(spec(), healthy, true).verify(cand, single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row(report, "throughput").reason()).contains("not confirmed on a re-run of 6 Trials");
    }

    @Test
    void shouldRegressOnTheGymThroughputOfAnotherRun() throws Exception {
        // given the Gym profiles of two runs with the same variables; the second is rate-limited to 1 Gbit/s
        VnfBr baseline = GateFixtures.gym("results_vnfbr-001.json");
        VnfBr candidate = GateFixtures.gym("results_vnfbr-002.json");
        GateSpec gate = GateSpec.from(new Verification(List.of(new GatedMetric("iperf3-throughput", "iperf3",
                "bits_per_second", "d1", null, "higher", "5%", null, null, null, null, null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null));

        GateReport report = Verifier.verify(candidate, gate, single(baseline));

        assertThat(report.rows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.REGRESSION);
            assertThat(r.baselineCount()).isEqualTo(4);
            assertThat(r.candidateCount()).isEqualTo(4);
            assertThat(r.change()).isLessThan(-0.5);
        });
        assertThat(report.rows()).extracting(VerdictRow::testKey)
                .containsExactly("vnf_memory=2048,vnf_vcpu=1", "vnf_memory=2048,vnf_vcpu=2");
        assertThat(VerdictTable.text(report)).contains("REGRESSION", "iperf3/bits_per_second@d1", "gate: FAILED");
        String junit = io.vnfbench.engine.render.JUnitXml.toXml(report.toResult(null), true, false);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(report.toResult(null).verdicts()).allSatisfy(v -> {
            assertThat(v.source()).isEqualTo("iperf3");
            assertThat(v.metric()).isEqualTo("bits_per_second");
        });
    }

    @Test
    void shouldWriteTheVerdictsIntoTheReportAsAnExtension() throws Exception {
        VnfBr run = br("run-1", output(KEY, THROUGHPUT, LATENCY));
        GateReport report = Verifier.verify(run, spec(), single(run));

        String json = io.vnfbench.engine.model.codec.Documents.writeJson(
                run.withVerification(run.verification().withResult(report.toResult("2026-11-21T00:00:00Z"))));
        VnfBr back = io.vnfbench.engine.model.codec.Documents.read("x.json", json, VnfBr.class).value();

        assertThat(back.verification().result().gate()).isEqualTo("passed");
        assertThat(back.verification().result().verdicts()).hasSize(2)
                .allSatisfy(v -> assertThat(v.verdict()).isEqualTo("PASS"));
    }

    @Test
    void shouldHandExtraTrialsOfFailedMeasurementsAsTheEndOfTheSupply() throws Exception {
        List<Report> failed = List.of(new Report("1", 1L, List.of(), null, "deployment lost"));
        VnfBr cand = br("c", new Output(KEY, GateFixtures.variables(KEY), null,
                new VnfPp("pp", null, null, null, null, failed)));

        GateReport report = new Verifier(spec(), k -> failed, false).verify(cand, single(cand));

        assertThat(report.rows()).extracting(VerdictRow::verdict).containsOnly(Verdict.ERROR);
        assertThat(report.rows().get(0).reason()).contains("deployment lost");
    }

    @Test
    void shouldReportErrorForAMetricWithoutAnyValue() throws Exception {
        io.vnfbench.engine.model.Metric empty = new io.vnfbench.engine.model.Metric("throughput", "pps", "float", null,
                null, null);
        io.vnfbench.engine.model.Evaluation e = new io.vnfbench.engine.model.Evaluation("1", 1L, 1L,
                new io.vnfbench.engine.model.Source("1", "udpgen", "prober", "1", "udpgen"), null, List.of(empty), null);
        io.vnfbench.engine.model.Snapshot snap = new io.vnfbench.engine.model.Snapshot("1", 1L,
                new io.vnfbench.engine.model.Origin("a1", "agent", null), List.of(e), null, null);
        VnfBr cand = br("c", new Output(KEY, GateFixtures.variables(KEY), null, new VnfPp("pp", null, null, null, null,
                List.of(new Report("1", 1L, List.of(snap), null, null)))));
        VnfBr base = br("b", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.ERROR);
        assertThat(row(report, "throughput").reason()).contains("throughput is not a number (no numeric values)");
    }

    @Test
    void shouldWarnWhenCandidateAndBaselineRanOnDifferentTestbeds() throws Exception {
        VnfBr base = onHost(br("b", output(KEY, THROUGHPUT, LATENCY)), "lab-1");
        VnfBr cand = onHost(br("c", output(KEY, THROUGHPUT, LATENCY)), "lab-2");

        GateReport mixed = Verifier.verify(cand, spec(), single(base));
        GateReport same = Verifier.verify(cand, spec(), single(cand));

        assertThat(mixed.warnings()).anyMatch(w -> w.startsWith("testbeds differ: candidate on lab-2")
                && w.contains("baseline on lab-1"));
        assertThat(same.warnings()).noneMatch(w -> w.startsWith("testbeds differ"));
    }

    private static VnfBr onHost(VnfBr br, String host) {
        List<Output> outputs = new ArrayList<>();
        for (Output o : br.outputs()) {
            io.vnfbench.engine.model.Provenance p = new io.vnfbench.engine.model.Provenance(null,
                    new io.vnfbench.engine.model.Provenance.ProvenanceHost(host, "Xeon", 8L, "6.1", "Linux", "17"),
                    "local", null, null, null, null, null);
            outputs.add(new Output(o.id(), o.variables(), o.vnfbd(), o.vnfpp().withProvenance(p)));
        }
        return br.withOutputs(outputs);
    }
}
