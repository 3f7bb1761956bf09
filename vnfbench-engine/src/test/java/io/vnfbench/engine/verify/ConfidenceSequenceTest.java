package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class ConfidenceSequenceTest {

    @Test
    void shouldHaveTheRadiusWhereTheEValueReachesOneOverA() {
        // given some levels, degrees of freedom and mixture ratios
        for (double a : new double[] {0.1, 0.01, 0.0002}) {
            for (double df : new double[] {2, 9, 80, 1e9}) {
                for (double r : new double[] {0.5, 8, 200}) {
                    // when the radius is computed
                    double t = ConfidenceSequence.radius(a, df, r);

                    // then the e-value there is exactly 1/a (or the data can never exclude anything at that level)
                    if (Double.isFinite(t)) {
                        assertThat(ConfidenceSequence.eValue(t, df, r) * a).isCloseTo(1, within(1e-6));
                    } else {
                        assertThat(ConfidenceSequence.eValue(1e6, df, r)).isLessThan(1 / a);
                    }
                }
            }
        }
    }

    @Test
    void shouldBecomeTheNormalMixtureBoundaryWithKnownVariance() {
        // the closed form for a known variance: sqrt((1 + 1/r)(ln(1 + r) + 2 ln(1/a)))
        double a = 0.01;
        double r = 10;
        double normal = Math.sqrt((1 + 1 / r) * (Math.log(1 + r) + 2 * Math.log(1 / a)));
        assertThat(ConfidenceSequence.radius(a, Double.POSITIVE_INFINITY, r)).isCloseTo(normal, within(1e-12));
        assertThat(ConfidenceSequence.radius(a, 1e6, r)).isCloseTo(normal, within(1e-3));
    }

    @Test
    void shouldBeWiderThanTheFixedSampleTButNotAbsurdly() {
        // at one look the anytime-valid radius must exceed the fixed-n one-sided t quantile at the same level
        double a = 0.01;
        double df = 19;
        double fixed = TDistribution.of(df).inverseSurvivalProbability(a);
        double anytime = ConfidenceSequence.radius(a, df, 10);
        assertThat(anytime).isGreaterThan(fixed).isLessThan(2 * fixed);
    }

    @Test
    void shouldKeepItsErrorRateWhenTheDataAreWatchedAfterEverySampleWithTheVarianceEstimated() {
        // given sequences of normal samples of unknown SD and no effect, watched after every sample from the 2nd to
        // the 60th, the one-sample t statistic (df n-1) against the radius with mixture ratio n (standard normal prior)
        double a = 0.05;
        SplittableRandom random = new SplittableRandom(42);
        int sequences = 4000;
        int crossed = 0;
        int fixedCrossed = 0;
        for (int s = 0; s < sequences; s++) {
            double sigma = 0.1 + 10 * random.nextDouble();
            double sum = 0;
            double sumSq = 0;
            boolean hit = false;
            boolean fixedHit = false;
            for (int n = 1; n <= 60; n++) {
                double x = sigma * random.nextGaussian();
                sum += x;
                sumSq += x * x;
                if (n < 2) {
                    continue;
                }
                double mean = sum / n;
                double var = (sumSq - n * mean * mean) / (n - 1);
                double t = Math.abs(mean) / Math.sqrt(var / n);
                hit |= t >= ConfidenceSequence.radius(a, n - 1, n);
                fixedHit |= t >= TDistribution.of(n - 1).inverseSurvivalProbability(a / 2);
            }
            crossed += hit ? 1 : 0;
            fixedCrossed += fixedHit ? 1 : 0;
        }
        // then the anytime-valid sequence is crossed at most a of the time (plus Monte Carlo error), while peeking at
        // a fixed-n t-test after every sample is crossed far more often
        assertThat(crossed / (double) sequences).isLessThanOrEqualTo(a + 0.01);
        assertThat(fixedCrossed / (double) sequences).isGreaterThan(3 * a);
    }

    @Test
    void shouldGiveAnytimeValidPValuesThatNeverExceedOne() {
        assertThat(ConfidenceSequence.pValue(0, 10, 5)).isEqualTo(1);
        assertThat(ConfidenceSequence.pValue(8, 10, 5)).isLessThan(0.01);
    }
}
