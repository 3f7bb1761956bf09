package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Interleave;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LiveGateTest {
    private static final SimulatedRuns TESTBED = new SimulatedRuns(4, 0.03, 0, 0.005, false, 3);

    private static Baseline history(SplittableRandom random) {
        List<Baseline.Run> runs = new ArrayList<>();
        for (int b = 0; b < 20; b++) {
            runs.add(new Baseline.Run("run-" + b, TESTBED.run("run-" + b, random, 0, 1, null)));
        }
        return new Baseline("median:20", runs, true);
    }

    @Test
    void shouldAskForTrialsWhileUndecidedWithinMaxSamplesAndRecordThemInTheProfile() throws Exception {
        // given a history and a candidate 6 % slower: three Trials cannot decide, ten can
        SplittableRandom random = new SplittableRandom(3);
        Baseline baseline = history(random);
        GateSpec spec = GateSpec.from(SimulatedRuns.gate(10));
        LiveGate live = new LiveGate(spec, baseline, TESTBED.keyList(), 1000);

        // when the run asks after every Trial
        VnfBr candidate = TESTBED.run("cand", random, 0.06, 1, live);

        // then some keys got extra Trials (kept in their Test's report), none beyond max_samples, and the verdicts held
        // after more than the planned three Trials
        List<Integer> trials = candidate.outputs().stream()
                .map(o -> o.vnfpp().reports().get(0).snapshots().size()).toList();
        assertThat(trials).allMatch(n -> n >= 3 && n <= 10).anyMatch(n -> n > 3);
        GateReport report = Verifier.verify(candidate, spec, baseline);
        assertThat(report.rows()).filteredOn(r -> r.gate().equals("throughput") && !r.testKey().equals("*"))
                .anySatisfy(r -> assertThat(r.decidedAt()).isGreaterThan(3));
        assertThat(live.extraTrials().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(trials.stream().mapToInt(n -> n - 3).sum());
    }

    @Test
    void shouldShareTheBudgetSoThatEarlyKeysCannotStarveLateOnes() throws Exception {
        // given a budget of 8 extra Trials for 4 keys whose rows stay undecided (a noisy, slightly slower candidate)
        SplittableRandom random = new SplittableRandom(4);
        Baseline baseline = history(random);
        GateSpec spec = GateSpec.from(SimulatedRuns.gate(10));
        LiveGate live = new LiveGate(spec, baseline, TESTBED.keyList(), 8);
        SimulatedRuns noisy = new SimulatedRuns(4, 0.08, 0, 0.005, false, 3);

        noisy.run("cand", random, 0.03, 1, live);

        // then no key took more than its fair share and the budget was never exceeded
        assertThat(live.extraTrials().values()).allMatch(n -> n <= 8);
        assertThat(live.extraTrials().getOrDefault(SimulatedRuns.key(0), 0)).isLessThanOrEqualTo(2);
        assertThat(live.budgetLeft()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void shouldStopAskingWhenATrialFailed() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Baseline baseline = history(random);
        GateSpec spec = GateSpec.from(SimulatedRuns.gate(10));
        LiveGate live = new LiveGate(spec, baseline, TESTBED.keyList(), 100);

        LiveGate.Request r = live.next(SimulatedRuns.key(0), List.of(new Report("1", 1L, List.of(), null, "lost")));

        assertThat(r.anotherTrial()).isFalse();
        assertThat(r.reason()).contains("a measurement failed");
    }

    @Test
    void shouldCompareInterleavedVersionsPairwiseSoThatDriftCancels() throws Exception {
        // given one run in which the candidate version (B) is 10 % slower than the baseline version (A), each pair of
        // deployments measured back to back while the machine's level drifts by up to ±20 % from pair to pair
        SplittableRandom random = new SplittableRandom(9);
        List<Output> outputs = new ArrayList<>();
        for (int cell = 0; cell < 3; cell++) {
            List<Report> a = new ArrayList<>();
            List<Report> b = new ArrayList<>();
            for (int pair = 1; pair <= 6; pair++) {
                double drift = 1 + 0.1 * random.nextGaussian();
                a.add(report(pair, 100 * drift, random));
                b.add(report(pair, 90 * drift, random));
            }
            outputs.add(arm(cell, "1.0", a));
            outputs.add(arm(cell, "1.1", b));
        }
        VnfBr run = new VnfBr("ab", "ab", "1", null, null, null, null, null, outputs, null, null,
                GateFixtures.verification(GateFixtures.gate("throughput", "throughput", "higher", "2%"))
                        .withInterleave(new Interleave("version", "1.0", "1.1", null)));
        GateSpec spec = GateSpec.from(run.verification());

        // when it is verified interleaved
        GateReport report = Verifier.verifyInterleaved(run, spec, spec.interleave());

        // then the pairs see the 10 % drop through the drift, per cell and for all cells together
        assertThat(report.rows()).hasSize(4).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.REGRESSION);
            assertThat(r.change()).isBetween(-0.12, -0.08);
        });
        assertThat(report.rows().get(0).method()).isEqualTo("paired");
        assertThat(report.rows().get(0).testKey()).isEqualTo("cell=0");
        assertThat(report.result()).isEqualTo(GateOutcome.FAILED);
    }

    @Test
    void shouldRefuseAnInterleavedRunWithoutOneOfTheVersions() throws Exception {
        VnfBr run = new VnfBr("ab", "ab", "1", null, null, null, null, null, List.of(arm(0, "1.0",
                List.of(report(1, 100, new SplittableRandom(1))))), null, null, GateFixtures.standard());
        Interleaving ab = Interleaving.parse("version=1.0,1.1");

        assertThatThrownBy(() -> Verifier.verifyInterleaved(run, GateSpec.from(run.verification()), ab))
                .isInstanceOf(IncomparableException.class).hasMessageContaining("0 with version=1.1");
        assertThatThrownBy(() -> Interleaving.parse("version=1.0")).hasMessageContaining("VARIABLE=BASELINE,CANDIDATE");
    }

    @Test
    void shouldParseTrialBudgets() {
        assertThat(TrialBudget.parse("3x").extra(36)).isEqualTo(72);
        assertThat(TrialBudget.parse("120").extra(36)).isEqualTo(84);
        assertThat(TrialBudget.parse("1x").extra(36)).isZero();
        assertThatThrownBy(() -> TrialBudget.parse("0.5x")).hasMessageContaining("at least 1x");
        assertThatThrownBy(() -> TrialBudget.parse("lots")).hasMessageContaining("got 'lots'");
    }

    @Test
    void shouldPlanTheTrialsTheTargetNeedsAndWarnWhenTheBudgetCannotReachIt() throws Exception {
        SplittableRandom random = new SplittableRandom(6);
        SimulatedRuns calm = new SimulatedRuns(4, 0.02, 0, 0.002, false, 3);
        List<Baseline.Run> calmRuns = new ArrayList<>();
        for (int b = 0; b < 20; b++) {
            calmRuns.add(new Baseline.Run("run-" + b, calm.run("run-" + b, random, 0, 1, null)));
        }
        Baseline quiet = new Baseline("median:20", calmRuns, true);
        List<Baseline.Run> runs = new ArrayList<>();
        SimulatedRuns drifting = new SimulatedRuns(4, 0.03, 0.04, 0.005, false, 3);
        for (int b = 0; b < 20; b++) {
            runs.add(new Baseline.Run("run-" + b, drifting.run("run-" + b, random, 0, 1, null)));
        }
        Baseline noisy = new Baseline("median:20", runs, true);
        GateSpec spec = GateSpec.from(SimulatedRuns.gate(10));

        GatePlan.Plan ok = GatePlan.plan(spec, quiet, TESTBED.keyList(), 1, 3);
        GatePlan.Plan bad = GatePlan.plan(spec, noisy, TESTBED.keyList(), 1, 3);

        // a quiet testbed (Trial CV 2 %) reaches 5 % with some extra Trials; 4 % run-to-run drift cannot be beaten by
        // Trials
        assertThat(ok.rows()).hasSize(8).anySatisfy(r -> assertThat(r.trialsNeeded()).isBetween(4, 10));
        assertThat(ok.neededTrials()).isGreaterThan(ok.plannedTrials()).isLessThanOrEqualTo(ok.budgetTrials());
        assertThat(ok.rows()).allSatisfy(r -> assertThat(r.detectableMax()).isLessThan(r.detectablePlanned()));
        assertThat(bad.rows()).allSatisfy(r -> assertThat(r.trialsNeeded()).isZero());
        assertThat(bad.warnings()).anyMatch(w -> w.contains("interleave the versions or add Tests"));
        assertThat(bad.text()).contains("gate plan:", "warning:");
    }

    private static Report report(int test, double level, SplittableRandom random) {
        List<io.vnfbench.engine.model.Snapshot> snapshots = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            snapshots.addAll(GateFixtures.trial(t, java.util.Map.of("throughput", level * (1 + 0.01 * random.nextGaussian()),
                    "latency", 10.0)).get(0).snapshots());
        }
        return new Report(Integer.toString(test), (long) test, snapshots, null, null);
    }

    private static Output arm(int cell, String version, List<Report> reports) {
        return new Output(cell + "-" + version, List.of(new VariableValue("cell", Integer.toString(cell)),
                new VariableValue("version", version)), null, new VnfPp("pp", null, null, null, null, reports));
    }
}
