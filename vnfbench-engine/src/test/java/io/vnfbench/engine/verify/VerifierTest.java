package io.vnfbench.engine.verify;

import static io.vnfbench.engine.verify.GateFixtures.LATENCY;
import static io.vnfbench.engine.verify.GateFixtures.THROUGHPUT;
import static io.vnfbench.engine.verify.GateFixtures.br;
import static io.vnfbench.engine.verify.GateFixtures.deployments;
import static io.vnfbench.engine.verify.GateFixtures.output;
import static io.vnfbench.engine.verify.GateFixtures.scaled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import java.util.ArrayList;
import java.util.List;
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
        return r.rows().stream().filter(x -> x.gate().equals(gate) && !x.testKey().equals(VerdictRow.ALL_TESTS))
                .findFirst().orElseThrow();
    }

    /** Runs of one Test key, 3 Trials each, CV 3 %, the run level drifting with SD {@code drift}. */
    /** Every run of a history, pooled (median:N of runs that all passed). */
    private static Baseline pooled(List<Baseline.Run> runs) {
        return new Baseline("median of " + runs.size() + " runs", runs, true);
    }

    private static List<Baseline.Run> history(int runs, double drift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Baseline.Run> out = new ArrayList<>();
        for (int b = 0; b < runs; b++) {
            double level = 100 * (1 + drift * random.nextGaussian());
            double[] t = new double[3];
            for (int i = 0; i < t.length; i++) {
                t[i] = level * (1 + 0.03 * random.nextGaussian());
            }
            out.add(new Baseline.Run("run-" + b, br("run-" + b, output(KEY, t, new double[] {10, 10, 10}))));
        }
        return out;
    }

    @Test
    void shouldPassAnUnchangedCandidateVerifiedAgainstItself() throws Exception {
        VnfBr run = br("run-1", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(run, spec(), single(run));

        assertThat(report.rows()).extracting(VerdictRow::verdict).containsOnly(Verdict.PASS);
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.method()).isEqualTo("two-run"));
        assertThat(report.result()).isEqualTo(GateOutcome.PASSED);
    }

    @Test
    void shouldFailWithRegressionWhenThroughputDropsTenPercent() throws Exception {
        VnfBr base = br("run-1", output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, scaled(THROUGHPUT, 0.9), LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        VerdictRow t = row(report, "throughput");
        assertThat(t.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(t.change()).isCloseTo(-0.1, within(1e-9));
        assertThat(t.lower()).isPositive();
        assertThat(t.reason()).contains("one baseline run: run-to-run drift cannot be estimated");
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
        assertThat(row(lax, "throughput").reason()).contains("cannot be ruled out");
        assertThat(lax.result()).isEqualTo(GateOutcome.PASSED);
        assertThat(lax.warnings()).anyMatch(w -> w.contains("inconclusive"));
        assertThat(strict.result()).isEqualTo(GateOutcome.FAILED);
    }

    @Test
    void shouldGiveTheSameVerdictWhateverTheOrderOfTheTrials() throws Exception {
        // given a history of 20 runs and a candidate whose first Trials look fine and whose later ones are 10 % worse
        Baseline history = pooled(history(20, 0, 11));
        double[] late = {100, 100.5, 99.5, 90, 90, 90, 90, 90, 90, 90};
        double[] early = {90, 90, 90, 90, 90, 90, 90, 100, 100.5, 99.5};
        double[] lat = new double[10];
        java.util.Arrays.fill(lat, 10);

        // when both orders are verified
        GateReport a = Verifier.verify(br("a", output(KEY, late, lat)), spec(), history);
        GateReport b = Verifier.verify(br("b", output(KEY, early, lat)), spec(), history);

        // then both say REGRESSION with the same numbers, and only the Trial at which it held differs
        VerdictRow ra = row(a, "throughput");
        VerdictRow rb = row(b, "throughput");
        assertThat(ra.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(rb.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(ra.method()).isEqualTo("history");
        assertThat(ra.change()).isEqualTo(rb.change());
        assertThat(ra.pValue()).isEqualTo(rb.pValue());
        assertThat(rb.decidedAt()).isLessThan(ra.decidedAt());
        assertThat(ra.decidedAt()).isBetween(4, 10);
    }

    @Test
    void shouldConvertKppsToPpsInsteadOfReportingANinetyNinePercentDrop() throws Exception {
        // given the same throughput reported once in pps and once in kpps
        double[][] pps = {{100_000, 101_000, 99_000, 100_500, 99_500, 100_200}};
        double[][] kpps = {{100.0, 101.0, 99.0, 100.5, 99.5, 100.2}};
        VnfBr base = br("b", deployments(KEY, "pps", pps));
        VnfBr cand = br("c", deployments(KEY, "kpps", kpps));
        GateSpec gate = GateSpec.from(GateFixtures.verification(GateFixtures.gate("throughput", "throughput", "higher",
                "5%")));

        // when it is verified
        GateReport report = Verifier.verify(cand, gate, single(base));

        // then the change is zero, not -99.9 %
        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.PASS);
        assertThat(row(report, "throughput").change()).isCloseTo(0, within(1e-12));
    }

    @Test
    void shouldRefuseToCompareUnitsThatDoNotConvertAndNameBoth() throws Exception {
        double[][] values = {{100, 101, 99}};
        VnfBr base = br("b", deployments(KEY, "pps", values));
        VnfBr cand = br("c", deployments(KEY, "Mbps", values));
        GateSpec gate = GateSpec.from(GateFixtures.verification(GateFixtures.gate("throughput", "throughput", "higher",
                "5%")));

        assertThat(Verifier.whyNotComparable(cand, single(base), gate)).hasValueSatisfying(why ->
                assertThat(why).contains("'Mbps'", "'pps'", "throughput", KEY));
        assertThatThrownBy(() -> Verifier.verify(cand, gate, single(base)))
                .isInstanceOf(IncomparableException.class).hasMessageContaining("'Mbps'").hasMessageContaining("'pps'");
    }

    @Test
    void shouldCountRepeatsInsideATrialAsOneSample() throws Exception {
        // given one Trial with three repeats on each side, 10 % apart
        VnfBr base = br("b", repeats(100, 100.1, 99.9));
        VnfBr cand = br("c", repeats(90, 90.1, 89.9));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        // then it is one sample per side, which cannot decide anything (no pseudo-replication)
        VerdictRow t = row(report, "throughput");
        assertThat(t.candidateCount()).isEqualTo(1);
        assertThat(t.baselineCount()).isEqualTo(1);
        assertThat(t.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    private static Output repeats(double... values) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            evaluations.add(new Evaluation(Integer.toString(i + 1), 1L, (long) i + 1,
                    new Source("1", "udpgen", "prober", "1", "udpgen"), null,
                    List.of(Metric.scalar("throughput", "pps", values[i]), Metric.scalar("latency", "us", 10)), null));
        }
        Snapshot s = new Snapshot("1", 1L, new Origin("a1", "agent", null), evaluations, null, null);
        return new Output(KEY, GateFixtures.variables(KEY), null,
                new VnfPp("pp", null, null, null, null, List.of(new Report("1", 1L, List.of(s), null, null))));
    }

    @Test
    void shouldNeverTurnASeriesWithNaNPointsIntoASample() throws Exception {
        // given a candidate Trial whose throughput series is ["NaN", "NaN", "0"]
        Metric series = Metric.series("throughput", "pps", List.of(new SeriesPoint("1", "NaN"),
                new SeriesPoint("2", "NaN"), new SeriesPoint("3", "0")));
        Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", "udpgen", "prober", "1", "udpgen"), null,
                List.of(series, Metric.scalar("latency", "us", 10)), null);
        Snapshot s = new Snapshot("1", 1L, new Origin("a1", "agent", null), List.of(e), null, null);
        VnfBr cand = br("c", new Output(KEY, GateFixtures.variables(KEY), null,
                new VnfPp("pp", null, null, null, null, List.of(new Report("1", 1L, List.of(s), null, null)))));
        VnfBr base = br("b", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.ERROR);
        assertThat(row(report, "throughput").reason()).contains("not a finite number ('NaN' at position 1 of 3 values");
    }

    @Test
    void shouldSayNoBaselineForATestKeyTheBaselineDoesNotHaveAndFailItUnderStrict() throws Exception {
        VnfBr base = br("run-1", output("nfs=4,topology=snake", THROUGHPUT, LATENCY), output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output("nfs=8,topology=snake", THROUGHPUT, LATENCY), output(KEY, THROUGHPUT, LATENCY));
        GateSpec lenient = spec().withStrict(false);
        lenient = new GateSpec(lenient.metrics(), false, false, lenient.buildConfidence());

        GateReport report = Verifier.verify(cand, lenient, single(base));
        GateReport strict = Verifier.verify(cand, lenient.withStrict(true), single(base));

        assertThat(report.rows()).filteredOn(r -> r.testKey().equals("nfs=8,topology=snake"))
                .extracting(VerdictRow::verdict).containsOnly(Verdict.NO_BASELINE);
        assertThat(report.result()).isEqualTo(GateOutcome.PASSED);
        assertThat(strict.result()).isEqualTo(GateOutcome.FAILED);
        assertThat(strict.warnings()).anyMatch(w -> w.contains("no baseline (fails the gate: strict)"));
    }

    @Test
    void shouldMakeATestMissingFromTheCandidateAnErrorRow() throws Exception {
        VnfBr base = br("run-1", output("nfs=4,topology=snake", THROUGHPUT, LATENCY), output(KEY, THROUGHPUT, LATENCY));
        VnfBr cand = br("run-2", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(report.rows()).filteredOn(r -> r.testKey().equals("nfs=4,topology=snake")).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
                    assertThat(r.reason()).contains("the candidate has no Test with this key");
                });
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
    }

    @Test
    void shouldMakeAGatedMetricMissingFromOneTestAnErrorThatFailsTheGate() throws Exception {
        // given two Tests, one of which stopped reporting throughput (only latency is there)
        Evaluation latencyOnly = new Evaluation("1", 1L, 1L, new Source("1", "udpgen", "prober", "1", "udpgen"), null,
                List.of(Metric.scalar("latency", "us", 10)), null);
        List<Snapshot> snapshots = new ArrayList<>();
        for (long t = 1; t <= 3; t++) {
            snapshots.add(new Snapshot(Long.toString(t), t, new Origin("a1", "agent", null), List.of(latencyOnly), null,
                    null));
        }
        Output silent = new Output("2", GateFixtures.variables("nfs=4,topology=snake"), null,
                new VnfPp("pp", null, null, null, null, List.of(new Report("1", 1L, snapshots, null, null))));
        VnfBr base = br("b", output(KEY, THROUGHPUT, LATENCY), output("nfs=4,topology=snake", THROUGHPUT, LATENCY));
        VnfBr cand = br("c", output(KEY, THROUGHPUT, LATENCY), silent);

        GateReport report = Verifier.verify(cand, spec().withStrict(true), single(base));

        VerdictRow missing = report.rows().stream().filter(r -> r.testKey().equals("nfs=4,topology=snake")
                && r.gate().equals("throughput")).findFirst().orElseThrow();
        assertThat(missing.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(missing.reason()).contains("while other Tests have them");
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
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
    void shouldReportFailedBaselineTrialsThatWereLeftOut() throws Exception {
        double[] withNaN = THROUGHPUT.clone();
        withNaN[4] = Double.NaN;
        VnfBr base = br("run-1", output(KEY, withNaN, LATENCY));
        VnfBr cand = br("run-2", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        VerdictRow t = row(report, "throughput");
        assertThat(t.baselineCount()).isEqualTo(5);
        assertThat(t.reason()).contains("run-1: 1 failed Trial left out");
        assertThat(report.warnings()).anyMatch(w -> w.contains("baseline run-1: 1 failed Trial left out")
                && w.contains("Test 1 Trial 5"));
    }

    @Test
    void shouldNotHideADroppedTrialBehindAHistoryWithoutSpread() throws Exception {
        // given a history where every Trial measured exactly 100, and a candidate with one Trial 20 % lower
        List<Baseline.Run> flat = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            flat.add(new Baseline.Run("run-" + b, br("run-" + b, output(KEY, new double[] {100, 100, 100},
                    new double[] {10, 10, 10}))));
        }
        VnfBr cand = br("c", output(KEY, new double[] {100, 100, 80}, new double[] {10, 10, 10}));

        GateReport report = Verifier.verify(cand, spec(), pooled(flat));

        // then the change is the real one, not clamped to 0.00 %, and the row does not pass
        VerdictRow t = row(report, "throughput");
        assertThat(t.change()).isCloseTo(-20.0 / 3 / 100, within(1e-9));
        assertThat(t.verdict()).isNotEqualTo(Verdict.PASS);
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
    void shouldRegressOnTheGymThroughputOfAnotherRun() throws Exception {
        // given the Gym profiles of two runs with the same variables; the second is rate-limited to 1 Gbit/s
        VnfBr baseline = GateFixtures.gym("results_vnfbr-001.json");
        VnfBr candidate = GateFixtures.gym("results_vnfbr-002.json");
        GateSpec gate = GateSpec.from(new Verification(List.of(new GatedMetric("iperf3-throughput", "iperf3",
                "bits_per_second", "d1", null, "higher", "5%", null, null, null, null, null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null));

        GateReport report = Verifier.verify(candidate, gate, single(baseline));

        // then both keys fell by more than half; 2 Tests × 2 Trials per side leave the deployment noise with 2 degrees
        // of freedom, enough to call one key a REGRESSION at its share of a 1 % build budget, and both keys together
        List<VerdictRow> perKey = report.rows().stream().filter(r -> !r.testKey().equals(VerdictRow.ALL_TESTS)).toList();
        assertThat(perKey).hasSize(2).allSatisfy(r -> {
            assertThat(r.verdict()).isIn(Verdict.REGRESSION, Verdict.INCONCLUSIVE);
            assertThat(r.baselineCount()).isEqualTo(4);
            assertThat(r.candidateCount()).isEqualTo(4);
            assertThat(r.change()).isLessThan(-0.5);
        });
        assertThat(perKey).anyMatch(r -> r.verdict() == Verdict.REGRESSION);
        assertThat(report.rows()).filteredOn(r -> r.testKey().equals(VerdictRow.ALL_TESTS)).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.REGRESSION));
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
        assertThat(perKey).extracting(VerdictRow::testKey)
                .containsExactly("vnf_memory=2048,vnf_vcpu=1", "vnf_memory=2048,vnf_vcpu=2");
        assertThat(VerdictTable.text(report)).contains("REGRESSION", "iperf3/bits_per_second@d1", "gate: FAILED");
        String junit = io.vnfbench.engine.render.JUnitXml.toXml(report.toResult(null), true, false);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(report.rows().size());
        assertThat(xml.getElementsByTagName("failure").getLength()).isGreaterThanOrEqualTo(2);
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
        assertThat(back.verification().result().verdicts()).hasSize(2).allSatisfy(v -> {
            assertThat(v.verdict()).isEqualTo("PASS");
            assertThat(v.decidedAt()).isPositive();
            assertThat(v.alpha()).isNotNull();
        });
        assertThat(back.verification().result().warnings()).anyMatch(w -> w.startsWith("note: an unchanged build fails"));
    }

    @Test
    void shouldReportErrorForAMetricWithoutAnyValue() throws Exception {
        Metric empty = new Metric("throughput", "pps", "float", null, null, null);
        Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", "udpgen", "prober", "1", "udpgen"), null,
                List.of(empty), null);
        Snapshot snap = new Snapshot("1", 1L, new Origin("a1", "agent", null), List.of(e), null, null);
        VnfBr cand = br("c", new Output(KEY, GateFixtures.variables(KEY), null, new VnfPp("pp", null, null, null, null,
                List.of(new Report("1", 1L, List.of(snap), null, null)))));
        VnfBr base = br("b", output(KEY, THROUGHPUT, LATENCY));

        GateReport report = Verifier.verify(cand, spec(), single(base));

        assertThat(row(report, "throughput").verdict()).isEqualTo(Verdict.ERROR);
        assertThat(row(report, "throughput").reason()).contains("throughput is not a number (no numeric values)");
    }

    @Test
    void shouldShowATestbedMismatchAsARowThatFailsUnderStrict() throws Exception {
        VnfBr base = onHost(br("b", output(KEY, THROUGHPUT, LATENCY)), "Xeon");
        VnfBr cand = onHost(br("c", output(KEY, THROUGHPUT, LATENCY)), "EPYC");

        GateReport mixed = Verifier.verify(cand, spec(), single(base));
        GateReport strict = Verifier.verify(cand, spec().withStrict(true), single(base));
        GateReport same = Verifier.verify(cand, spec(), single(cand));

        assertThat(mixed.rows()).filteredOn(r -> r.gate().equals("testbed")).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(r.reason()).contains("candidate on EPYC", "baseline on Xeon");
        });
        assertThat(mixed.result()).isEqualTo(GateOutcome.PASSED);
        assertThat(strict.result()).isEqualTo(GateOutcome.FAILED);
        assertThat(same.rows()).noneMatch(r -> r.gate().equals("testbed"));
    }

    @Test
    void shouldFindADropCommonToEveryTestKeyThatNoKeyShowsAlone() throws Exception {
        // given 12 Test keys with a history of 10 runs (CV 3 %, no drift), and a candidate 4 % worse in every key
        SplittableRandom random = new SplittableRandom(5);
        List<Baseline.Run> runs = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            runs.add(new Baseline.Run("run-" + b, br("run-" + b, keys(random, 1.0))));
        }
        VnfBr cand = br("c", keys(random, 0.96));
        GateSpec gate = GateSpec.from(new Verification(List.of(GateFixtures.gate("throughput", "throughput", "higher",
                "2%")), null, "5%", null, null, null, null, null, null, null, null));

        GateReport report = Verifier.verify(cand, gate, pooled(runs));

        // then no single key regresses, while the combined row does and fails the gate
        assertThat(report.rows()).filteredOn(r -> !r.testKey().equals(VerdictRow.ALL_TESTS)).hasSize(12)
                .noneMatch(r -> r.verdict() == Verdict.REGRESSION);
        VerdictRow all = report.rows().stream().filter(r -> r.testKey().equals(VerdictRow.ALL_TESTS)).findFirst()
                .orElseThrow();
        assertThat(all.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(all.method()).isEqualTo("systemic");
        assertThat(all.change()).isCloseTo(-0.04, within(0.01));
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
        assertThat(report.notes().get(0)).contains("1 %");
    }

    private static Output[] keys(SplittableRandom random, double factor) {
        Output[] outs = new Output[12];
        for (int k = 0; k < 12; k++) {
            double[] t = new double[3];
            for (int i = 0; i < 3; i++) {
                t[i] = 100 * factor * (1 + 0.03 * random.nextGaussian());
            }
            outs[k] = output("cell=" + k, t, new double[] {10, 10, 10});
        }
        return outs;
    }

    private static VnfBr onHost(VnfBr br, String cpu) {
        List<Output> outputs = new ArrayList<>();
        for (Output o : br.outputs()) {
            io.vnfbench.engine.model.Provenance p = new io.vnfbench.engine.model.Provenance(null,
                    new io.vnfbench.engine.model.Provenance.ProvenanceHost("lab", cpu, 8L, "6.1", "Linux", "17"),
                    "local", null, null, null, null, null);
            outputs.add(new Output(o.id(), o.variables(), o.vnfbd(), o.vnfpp().withProvenance(p)));
        }
        return br.withOutputs(outputs);
    }
}
