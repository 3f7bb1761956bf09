package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverallVerdictTest {

    private static final GateSpec ERRORS_FAIL = new GateSpec(List.of(), true, false);
    private static final GateSpec ERRORS_WARN = new GateSpec(List.of(), false, false);

    @Test
    void shouldTakeTheWorstVerdict() {
        assertThat(OverallVerdict.of(report(Verdict.PASS, Verdict.REGRESSION, Verdict.ERROR), ERRORS_FAIL)).isEqualTo(Verdict.REGRESSION);
        assertThat(OverallVerdict.of(report(Verdict.PASS, Verdict.ERROR, Verdict.INCONCLUSIVE), ERRORS_FAIL)).isEqualTo(Verdict.ERROR);
        assertThat(OverallVerdict.of(report(Verdict.PASS, Verdict.ERROR, Verdict.INCONCLUSIVE), ERRORS_WARN))
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void shouldNeverPassSilentlyWithoutAComparison() {
        assertThat(OverallVerdict.of(report(), ERRORS_FAIL)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(OverallVerdict.of(report(Verdict.NO_BASELINE, Verdict.SKIPPED), ERRORS_FAIL)).isEqualTo(Verdict.NO_BASELINE);
        assertThat(OverallVerdict.of(report(Verdict.SKIPPED), ERRORS_FAIL)).isEqualTo(Verdict.NO_BASELINE);
    }

    @Test
    void shouldPassWhenComparedTestsPassAndNewOnesHaveNoBaseline() {
        assertThat(OverallVerdict.of(report(Verdict.PASS, Verdict.NO_BASELINE), ERRORS_FAIL)).isEqualTo(Verdict.PASS);
        assertThat(OverallVerdict.of(report(Verdict.PASS, Verdict.IMPROVEMENT), ERRORS_FAIL)).isEqualTo(Verdict.IMPROVEMENT);
    }

    private static GateReport report(Verdict... verdicts) {
        List<VerdictRow> rows = new ArrayList<>();
        int i = 0;
        for (Verdict v : verdicts) {
            rows.add(new VerdictRow("k=" + i++, "g", new Selector("udp", "throughput_pps", null, null), Direction.HIGHER_IS_BETTER, v, "welch", 3, 3, 1, 1, 0,
                    0.5, "tol 5 %", ""));
        }
        return new GateReport("b", rows, GateOutcome.PASSED, List.of());
    }
}
