package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleStatisticsTest {

    @Test
    void shouldComputeOrderStatisticsMeanAndSampleStdev() {
        // given
        double[] samples = {4, 1, 3, 2};

        // when
        SampleStatistics s = SampleStatistics.of(samples);

        // then
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.stdev()).isCloseTo(Math.sqrt(5.0 / 3.0), within(1e-12));
        assertThat(samples).containsExactly(4, 1, 3, 2);
    }

    @Test
    void shouldIgnoreNonFiniteSamples() {
        // when
        SampleStatistics s = SampleStatistics.of(Double.NaN, 7, Double.POSITIVE_INFINITY);

        // then
        assertThat(s.n()).isEqualTo(1);
        assertThat(s.median()).isEqualTo(7);
        assertThat(s.stdev()).isNaN();
    }

    @Test
    void shouldBeEmptyWithoutFiniteSamples() {
        // when
        SampleStatistics s = SampleStatistics.of(Double.NaN);

        // then
        assertThat(s).isEqualTo(SampleStatistics.EMPTY);
        assertThat(s.median()).isNaN();
    }

    @Test
    void shouldKeepPrecisionForLargeValuesWithSmallSpread() {
        // when
        SampleStatistics s = SampleStatistics.of(1e9 + 1, 1e9 + 2, 1e9 + 3);

        // then
        assertThat(s.stdev()).isCloseTo(1.0, within(1e-6));
    }
}
