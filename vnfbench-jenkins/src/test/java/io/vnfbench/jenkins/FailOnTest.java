package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.jenkins.StepSettings.FailOn;
import org.junit.jupiter.api.Test;

class FailOnTest {

    @Test
    void shouldSetFailOnForARegression() {
        assertThat(FailOn.FAILURE.resultFor(Verdict.REGRESSION)).isEqualTo(Result.FAILURE);
        assertThat(FailOn.UNSTABLE.resultFor(Verdict.REGRESSION)).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldNeverPassSilentlyWhenTheGateCouldNotDecide() {
        assertThat(FailOn.UNSTABLE.resultFor(Verdict.ERROR)).isEqualTo(Result.FAILURE);
        assertThat(FailOn.FAILURE.resultFor(Verdict.INCONCLUSIVE)).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldLeaveTheBuildAloneWhenTheGatePassed() {
        for (Verdict v : new Verdict[] {Verdict.PASS, Verdict.IMPROVEMENT, Verdict.NO_BASELINE, null}) {
            assertThat(FailOn.FAILURE.resultFor(v)).as(String.valueOf(v)).isEqualTo(Result.SUCCESS);
        }
    }
}
