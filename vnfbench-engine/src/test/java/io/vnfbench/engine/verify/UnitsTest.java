package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void shouldConvertWithinAQuantityAndNeverAcrossOne() {
        assertThat(Units.convert(100, "kpps", "pps")).isCloseTo(100_000, within(1e-9));
        assertThat(Units.convert(1, "Gbit/s", "bits_per_second")).isCloseTo(1e9, within(1e-3));
        assertThat(Units.convert(1, "MB/s", "Mbps")).isCloseTo(8, within(1e-12));
        assertThat(Units.convert(2500, "us", "ms")).isCloseTo(2.5, within(1e-12));
        assertThat(Units.convert(5, "%", "fraction")).isCloseTo(0.05, within(1e-12));
        assertThat(Units.comparable("pps", "Mbps")).isFalse();
        assertThat(Units.comparable("kpps", "pps")).isTrue();
        assertThat(Units.comparable("widgets", "widgets")).isTrue();
        assertThat(Units.comparable("widgets", "gadgets")).isFalse();
        assertThat(Units.comparable("", "pps")).isFalse();
        assertThat(Units.convert(3, "pps", "Mbps")).isEqualTo(3);
    }

    @Test
    void shouldNameBothUnitsWhenItRefuses() {
        assertThat(Units.describe("kpps")).isEqualTo("'kpps'");
        assertThat(Units.describe(null)).isEqualTo("no unit");
    }
}
