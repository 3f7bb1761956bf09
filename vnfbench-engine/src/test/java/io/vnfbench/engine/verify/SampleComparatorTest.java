package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
import org.junit.jupiter.api.Test;

class SampleComparatorTest {
    private static final double[] BASE = {100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1};
    private static final Criteria HIGHER = Criteria.of(Direction.HIGHER_IS_BETTER, 0.02).withMethod(Method.WELCH);
    private static final Criteria LOWER = Criteria.of(Direction.LOWER_IS_BETTER, 0.02).withMethod(Method.WELCH);

    private static double[] scaled(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        return y;
    }

    @Test
    void shouldReportRegressionWhenThroughputDropsBeyondTolerance() {
        // given a throughput 10 % lower on every sample
        double[] candidate = scaled(BASE, 0.9);

        // when
        Comparison c = SampleComparator.compare(BASE, candidate, HIGHER);

        // then
        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.change()).isCloseTo(-0.10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.pValue()).isLessThan(0.01);
        assertThat(c.method()).isEqualTo("welch");
    }

    @Test
    void shouldReportImprovementWhenThroughputRises() {
        Comparison c = SampleComparator.compare(BASE, scaled(BASE, 1.1), HIGHER);

        assertThat(c.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void shouldTreatLatencyIncreaseAsRegressionAndDecreaseAsImprovement() {
        assertThat(SampleComparator.compare(BASE, scaled(BASE, 1.1), LOWER).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(SampleComparator.compare(BASE, scaled(BASE, 0.9), LOWER).verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void shouldPassWhenNothingChanged() {
        double[] candidate = {100.3, 99.6, 100.8, 99.9, 100.1, 99.7, 100.4, 100.0};

        Comparison c = SampleComparator.compare(BASE, candidate, HIGHER);

        assertThat(c.verdict()).isEqualTo(Verdict.PASS);
        assertThat(c.reason()).contains("no significant change");
    }

    @Test
    void shouldPassASignificantChangeWithinTolerance() {
        // given a 1 % drop measured very precisely, tolerance 2 %
        Comparison c = SampleComparator.compare(BASE, scaled(BASE, 0.99), HIGHER);

        assertThat(c.verdict()).isEqualTo(Verdict.PASS);
        assertThat(c.reason()).contains("within the 2.00 % tolerance");
    }

    @Test
    void shouldBeInconclusiveWithTooFewSamples() {
        Comparison c = SampleComparator.compare(new double[] {100, 101}, new double[] {90, 91}, HIGHER);

        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.reason()).contains("at least 3");
    }

    @Test
    void shouldBeInconclusiveWhenSpreadIsTooWideToRuleOutARegression() {
        double[] wide = {80, 120, 95, 110};
        double[] candidate = {85, 115, 100, 102};

        Comparison c = SampleComparator.compare(wide, candidate, HIGHER);

        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.reason()).contains("cannot be ruled out");
    }

    @Test
    void shouldSayWhenMannWhitneyCannotReachTheConfidence() {
        Comparison c = SampleComparator.compare(new double[] {100, 101, 102}, new double[] {80, 81, 82},
                HIGHER.withMethod(Method.MANN_WHITNEY));

        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.reason()).contains("cannot reach p < 0.0100");
    }

    @Test
    void shouldDetectRegressionWithMannWhitneyOnEnoughSamples() {
        Comparison c = SampleComparator.compare(BASE, scaled(BASE, 0.9), HIGHER.withMethod(Method.MANN_WHITNEY));

        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.method()).isEqualTo("mann-whitney");
    }

    @Test
    void shouldChooseMannWhitneyAutomaticallyWhenASampleHasAnOutlier() {
        double[] withOutlier = {100, 101, 99, 100.5, 99.5, 140};

        assertThat(SampleComparator.resolve(Method.AUTO, BASE, withOutlier)).isEqualTo(Method.MANN_WHITNEY);
        assertThat(SampleComparator.resolve(Method.AUTO, BASE, BASE)).isEqualTo(Method.WELCH);
    }

    @Test
    void shouldDecideSamplesWithoutSpreadByTheirOrdering() {
        Comparison c = SampleComparator.compare(new double[] {100, 100, 100}, new double[] {90, 90, 90}, HIGHER);

        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldRejectNonFiniteSamples() {
        assertThatThrownBy(() -> SampleComparator.compare(BASE, new double[] {1, Double.NaN, 3}, HIGHER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    @Test
    void shouldBeInconclusiveWhenTheBaselineIsZero() {
        Comparison c = SampleComparator.compare(new double[] {0, 0, 0}, new double[] {0, 1, 0}, LOWER);

        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.reason()).contains("absolute bound");
    }

    @Test
    void shouldRejectCriteriaThatMakeNoSense() {
        assertThatThrownBy(() -> Criteria.of(Direction.HIGHER_IS_BETTER, 1.5)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new Criteria(null, 0.02, 0.05, 0.99, 0.9, 3, 10, Method.AUTO))
                .hasMessageContaining("never guessed");
        assertThatThrownBy(() -> Criteria.of(Direction.HIGHER_IS_BETTER, 0.02).withSamples(5, 4))
                .hasMessageContaining("max samples");
        assertThatThrownBy(() -> Direction.parse("up")).hasMessageContaining("'higher' or 'lower'");
    }
}
