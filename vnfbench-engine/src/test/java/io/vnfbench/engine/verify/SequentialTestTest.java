package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialTestTest {
    private static final Criteria CRITERIA = new Criteria(Direction.HIGHER_IS_BETTER, 0.02, 0.05, 0.99, 0.9, 3, 10,
            Method.WELCH);

    private static List<double[]> history(double cv, int builds, int trials, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> h = new ArrayList<>();
        for (int b = 0; b < builds; b++) {
            double[] x = new double[trials];
            for (int i = 0; i < trials; i++) {
                x[i] = 100 * (1 + cv * random.nextGaussian());
            }
            h.add(x);
        }
        return h;
    }

    @Test
    void shouldPoolTrialNoiseAndSeparateBuildDrift() {
        // given builds whose levels differ by ±2 while trials inside a build differ by ±1
        List<double[]> h = List.of(new double[] {99, 101}, new double[] {101, 103}, new double[] {97, 99},
                new double[] {99, 101});

        // when
        NoiseModel m = NoiseModel.fromBuilds(h);

        // then
        assertThat(m.centre()).isEqualTo(100);
        assertThat(m.withinVariance()).isEqualTo(2);
        assertThat(m.withinDf()).isEqualTo(4);
        // variance of build means 8/3, minus within / 2
        assertThat(m.betweenVariance()).isCloseTo(8.0 / 3 - 1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.usable()).isFalse();
    }

    @Test
    void shouldStopEarlyOnAClearRegression() {
        NoiseModel noise = NoiseModel.fromBuilds(history(0.03, 20, 5, 1));
        double[] candidate = {85, 86, 84};

        Comparison c = SequentialTest.run(noise, CRITERIA, candidate, () -> {
            throw new AssertionError("no more Trials should be asked for");
        });

        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.candidateCount()).isEqualTo(3);
        assertThat(c.method()).isEqualTo("sequential");
    }

    @Test
    void shouldAskForMoreTrialsWhileUndecided() {
        NoiseModel noise = NoiseModel.fromBuilds(history(0.03, 20, 5, 2));
        // given a first look right between "no change" and "5 % worse"
        double[] start = {97.5, 97.5, 97.5};
        int[] asked = {0};

        Comparison c = SequentialTest.run(noise, CRITERIA, start, () -> {
            asked[0]++;
            return OptionalDouble.of(94.0);
        });

        assertThat(asked[0]).isPositive();
        assertThat(c.candidateCount()).isEqualTo(3 + asked[0]).isLessThanOrEqualTo(10);
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldPassQuicklyWhenNothingChanged() {
        NoiseModel noise = NoiseModel.fromBuilds(history(0.01, 20, 5, 3));

        Comparison c = SequentialTest.run(noise, CRITERIA, new double[] {100.2, 99.9, 100.1}, SampleSupply.none());

        assertThat(c.verdict()).isEqualTo(Verdict.PASS);
        assertThat(c.candidateCount()).isEqualTo(3);
    }

    @Test
    void shouldFallBackToInconclusiveWhenTrialsRunOutUndecided() {
        NoiseModel noise = NoiseModel.fromBuilds(history(0.05, 20, 5, 4));

        Comparison c = SequentialTest.run(noise, CRITERIA, new double[] {97.5, 97.5, 97.5}, SampleSupply.none());

        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.reason()).contains("add Trials");
    }

    @Test
    void shouldRefuseAHistoryTooShortToTrust() {
        NoiseModel noise = NoiseModel.fromBuilds(history(0.03, 2, 3, 5));

        assertThatThrownBy(() -> new SequentialTest(noise, CRITERIA)).hasMessageContaining("usable history");
    }

    @Test
    void shouldPoolHistoryForAFixedNumberOfTrials() {
        NoiseModel noise = NoiseModel.fromBuilds(history(0.03, 20, 5, 6));

        Comparison c = PooledComparator.compare(noise, new double[] {93, 94, 95, 94, 93}, CRITERIA);

        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.baselineCount()).isEqualTo(100);
    }
}
