package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VnfBr;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The gate over whole builds: every row of a build together, with live extra Trials, as a merge gate sees it. */
class GateFamilyTest {
    private static final SimulatedRuns TESTBED = new SimulatedRuns(12, 0.03, 0.01, 0.005, false, 3);

    private static Baseline history(SplittableRandom random, int runs) {
        List<Baseline.Run> out = new ArrayList<>();
        for (int b = 0; b < runs; b++) {
            out.add(new Baseline.Run("run-" + b, TESTBED.run("run-" + b, random, 0, 1, null)));
        }
        return new Baseline("median of " + runs, out, true);
    }

    @Test
    void shouldFailAtMostOnceInThirtyUnchangedBuildsOfTwentyFourRowsEach() throws Exception {
        // given a testbed with 12 Test keys × 2 gated metrics, Trial CV 3 %, run drift 1 %, and 20 earlier runs
        SplittableRandom random = new SplittableRandom(20261201);
        Baseline baseline = history(random, 20);
        GateSpec spec = GateSpec.from(SimulatedRuns.gate(10));
        int failed = 0;
        int rows = 0;
        for (int build = 0; build < 30; build++) {
            // when an unchanged build runs with live extra Trials and is verified
            LiveGate live = new LiveGate(spec, baseline, TESTBED.keyList(), 2 * 12 * 3);
            VnfBr candidate = TESTBED.run("build-" + build, random, 0, 1, live);
            GateReport report = Verifier.verify(candidate, spec, baseline);
            rows = (int) report.rows().stream().filter(r -> !r.testKey().equals(VerdictRow.ALL_TESTS)).count();
            failed += report.result() == GateOutcome.FAILED ? 1 : 0;
        }
        // then 24 rows were judged per build and at most one of the 30 builds failed
        assertThat(rows).isEqualTo(24);
        assertThat(failed).isLessThanOrEqualTo(1);
    }

    @Test
    void shouldFailBuildsSlowedByTenPercentAndAskForTrialsOnlyWhereUndecided() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        Baseline baseline = history(random, 20);
        GateSpec spec = GateSpec.from(SimulatedRuns.gate(10));
        int failed = 0;
        for (int build = 0; build < 10; build++) {
            LiveGate live = new LiveGate(spec, baseline, TESTBED.keyList(), 2 * 12 * 3);
            VnfBr candidate = TESTBED.run("slow-" + build, random, 0.10, 1, live);
            GateReport report = Verifier.verify(candidate, spec, baseline);
            failed += report.result() == GateOutcome.FAILED ? 1 : 0;
            assertThat(live.budgetLeft()).isGreaterThanOrEqualTo(0);
            assertThat(report.rows()).filteredOn(r -> r.verdict() == Verdict.REGRESSION).isNotEmpty();
        }
        assertThat(failed).isEqualTo(10);
    }
}
