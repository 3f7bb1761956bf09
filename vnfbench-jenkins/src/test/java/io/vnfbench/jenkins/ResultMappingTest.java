package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.vnfbench.jenkins.StepSettings.FailOn;
import org.junit.jupiter.api.Test;

class ResultMappingTest {

    @Test
    void shouldSetFailOnForARegression() {
        assertThat(ResultMapping.resultFor("REGRESSION", FailOn.FAILURE)).isEqualTo(Result.FAILURE);
        assertThat(ResultMapping.resultFor("REGRESSION", FailOn.UNSTABLE)).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldNeverPassSilentlyWhenTheGateCouldNotDecide() {
        assertThat(ResultMapping.resultFor("ERROR", FailOn.UNSTABLE)).isEqualTo(Result.FAILURE);
        assertThat(ResultMapping.resultFor("INCONCLUSIVE", FailOn.FAILURE)).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldLeaveTheBuildAloneWhenTheGatePassed() {
        for (String v : new String[] {"PASS", "IMPROVEMENT", "NO_BASELINE", BenchmarkSummary.NOT_GATED}) {
            assertThat(ResultMapping.resultFor(v, FailOn.FAILURE)).as(v).isEqualTo(Result.SUCCESS);
        }
    }

    @Test
    void shouldCountFirstBuildsAndBenchmarkingRunsAsPassingBaselines() {
        assertThat(Fakes.summary("x", "NO_BASELINE").isPassing()).isTrue();
        assertThat(Fakes.summary("x", BenchmarkSummary.NOT_GATED).isPassing()).isTrue();
        assertThat(Fakes.summary("x", "INCONCLUSIVE").isPassing()).isFalse();
        assertThat(Fakes.summary("x", "REGRESSION").isPassing()).isFalse();
        assertThat(Fakes.summary("x", "ERROR").isPassing()).isFalse();
    }
}
