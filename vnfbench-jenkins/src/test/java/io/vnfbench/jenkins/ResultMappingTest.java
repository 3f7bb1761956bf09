package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.jenkins.StepSettings.FailOn;
import org.junit.jupiter.api.Test;

class ResultMappingTest {

    @Test
    void shouldSetFailOnForARegression() {
        assertThat(ResultMapping.resultFor(Verdict.REGRESSION, FailOn.FAILURE)).isEqualTo(Result.FAILURE);
        assertThat(ResultMapping.resultFor(Verdict.REGRESSION, FailOn.UNSTABLE)).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldNeverPassSilentlyWhenTheGateCouldNotDecide() {
        assertThat(ResultMapping.resultFor(Verdict.ERROR, FailOn.UNSTABLE)).isEqualTo(Result.FAILURE);
        assertThat(ResultMapping.resultFor(Verdict.INCONCLUSIVE, FailOn.FAILURE)).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldLeaveTheBuildAloneWhenTheGatePassed() {
        for (Verdict v : new Verdict[] {Verdict.PASS, Verdict.IMPROVEMENT, Verdict.NO_BASELINE, null}) {
            assertThat(ResultMapping.resultFor(v, FailOn.FAILURE)).as(String.valueOf(v)).isEqualTo(Result.SUCCESS);
        }
    }
}
