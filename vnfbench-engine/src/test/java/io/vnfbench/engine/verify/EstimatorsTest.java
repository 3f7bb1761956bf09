package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vnfbench.engine.verify.SampleExtractor.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EstimatorsTest {

    private static Deployment deployment(long test, double level, double cv, int n, SplittableRandom r) {
        double[] v = new double[n];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = level * (1 + cv * r.nextGaussian());
            t[i] = i + 1;
        }
        return new Deployment(test, t, v);
    }

    @Test
    void shouldFindTheNewestLevelShiftOfAHistory() {
        double[] flat = {100, 101, 99, 100, 100.5, 99.5, 100, 101, 99, 100};
        double[] step = {100, 101, 99, 100, 100.5, 105, 106, 104, 105.5, 104.5};
        double[] late = {100, 101, 99, 100, 100.5, 99.5, 100, 101, 105, 106};

        assertThat(Estimators.newestSegment(flat)).isZero();
        assertThat(Estimators.newestSegment(step)).isEqualTo(5);
        // a shift only two runs old is not trusted yet (each side needs three runs)
        assertThat(Estimators.newestSegment(late)).isZero();
    }

    @Test
    void shouldSeparateDeploymentFromTrialNoiseWhenRunsHaveSeveralTests() {
        // given runs of 4 Tests × 5 Trials: deployment SD 3 %, Trial CV 1 %
        SplittableRandom r = new SplittableRandom(1);
        List<List<Deployment>> runs = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            List<Deployment> d = new ArrayList<>();
            for (int test = 1; test <= 4; test++) {
                d.add(deployment(test, 100 * (1 + 0.03 * r.nextGaussian()), 0.01, 5, r));
            }
            runs.add(d);
        }

        NoiseModel noise = NoiseModel.of(runs);

        assertThat(noise.deploymentKnown()).isTrue();
        assertThat(Math.sqrt(noise.trial())).isCloseTo(1.0, within(0.15));
        assertThat(Math.sqrt(noise.deployment())).isCloseTo(3.0, within(0.6));
        // ten Trials in one deployment cannot shrink its level's variance below the deployment's own
        assertThat(noise.levelVariance(List.of(deployment(1, 100, 0, 10, r)))).isGreaterThan(noise.deployment());
    }

    @Test
    void shouldCancelTheLevelOfEachPairWhenInterleaved() {
        // given pairs whose common level moves by ±20 % while B is 5 % below A
        SplittableRandom r = new SplittableRandom(2);
        List<Deployment> a = new ArrayList<>();
        List<Deployment> b = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            double level = 100 * (1 + 0.2 * r.nextGaussian());
            a.add(deployment(p, level, 0.005, 3, r));
            b.add(deployment(p, level * 0.95, 0.005, 3, r));
        }

        Evidence e = Estimators.paired(a, b);

        assertThat(e.change()).isCloseTo(-0.05, within(0.01));
        assertThat(e.se()).isLessThan(0.01);
        assertThat(e.candidateCount()).isEqualTo(8);
    }
}
