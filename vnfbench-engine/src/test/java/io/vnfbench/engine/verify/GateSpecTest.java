package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.codec.Documents;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateSpecTest {

    @Test
    void shouldReadAGateFromYamlWithDefaultsAndOverrides() throws Exception {
        String yaml = """
                metrics:
                  - name: throughput
                    source: udpgen
                    metric: throughput_bps
                    direction: higher
                  - name: latency
                    source: udpgen
                    metric: latency_p99_us
                    direction: lower
                    tolerance: 10%
                    statistic: p99
                    at_most: "500"
                tolerance: 5%
                confidence: "0.995"
                strict: true
                """;

        GateSpec spec = GateSpec.from(Documents.read("gate.yaml", yaml, Verification.class).value());

        assertThat(spec.strict()).isTrue();
        assertThat(spec.errorsFail()).isTrue();
        MetricGate t = spec.metrics().get(0);
        assertThat(t.relative().tolerance()).isEqualTo(0.05);
        assertThat(t.relative().detect()).isEqualTo(0.10);
        // the build's 0.5 % false-alarm budget is shared by the two metrics
        assertThat(t.relative().alpha()).isCloseTo(0.0025, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(spec.buildConfidence()).isEqualTo(0.995);
        assertThat(spec.falseAlarmBudget()).isCloseTo(0.005, org.assertj.core.api.Assertions.within(1e-12));
        MetricGate l = spec.metrics().get(1);
        assertThat(l.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(l.relative().tolerance()).isEqualTo(0.10);
        assertThat(l.bound().quantile()).isEqualTo(0.99);
        assertThat(l.bound().atMost()).isEqualTo(500);
    }

    @Test
    void shouldNameEveryProblemOfAMalformedGateWithItsPath() {
        Verification bad = new Verification(List.of(
                new GatedMetric("t", "udpgen", "throughput", null, null, null, "5%", null, null, null, null, null, null,
                        null, null),
                new GatedMetric("l", null, "latency", null, null, "down", "lots", null, "2", null, null, null, "p200",
                        null, null)), null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> GateSpec.from(bad)).isInstanceOf(GateSpecException.class)
                .satisfies(e -> assertThat(((GateSpecException) e).problems()).containsExactlyInAnyOrder(
                        "/verification/metrics[name='t']/direction: required ('higher' or 'lower' is better); it is never guessed",
                        "/verification/metrics[name='l']/source: required (the prober or listener name that produced the metric)",
                        "/verification/metrics[name='l']/direction: direction must be 'higher' or 'lower' (which way the metric gets better), got 'down'",
                        "/verification/metrics[name='l']/statistic: must be 'median' or a percentile such as 'p90' or 'p99', got 'p200'",
                        "/verification/metrics[name='l']/tolerance: expected a non-negative fraction such as 0.05 or 5%, got 'lots'",
                        "/verification/metrics[name='l']: needs a tolerance (here or in /verification/tolerance) or an absolute bound (at_least / at_most)"));
    }

    @Test
    void shouldRejectAMissingSectionAndAnEmptyOne() {
        assertThatThrownBy(() -> GateSpec.from(null)).hasMessageContaining("no verification section");
        assertThatThrownBy(() -> GateSpec.from(new Verification(List.of(), "5%", null, null, null, null, null, null,
                null, null, null))).hasMessageContaining("at least one gated metric");
    }

    @Test
    void shouldRejectAConfidenceOutsideZeroAndOne() {
        Verification v = new Verification(List.of(GateFixtures.gate("t", "throughput", "higher", "5%")), null, null,
                "1.5", null, null, null, null, null, null, null);

        assertThatThrownBy(() -> GateSpec.from(v)).hasMessageContaining("/verification/confidence: expected a probability");
    }

    @Test
    void shouldMatchTestKeyPatterns() {
        Selector s = new Selector("udpgen", "throughput", null, "*topology=snake*");

        assertThat(s.matchesTest("nfs=2,topology=snake")).isTrue();
        assertThat(s.matchesTest("nfs=2,topology=pipeline")).isFalse();
    }

    @Test
    void shouldReadTheBudgetAndTheInterleavingAndNameWhatIsWrongWithThem() throws Exception {
        String yaml = """
                metrics:
                  - {name: throughput, source: udp, metric: throughput_pps, direction: higher, tolerance: 5%%}
                  - {name: latency, source: udp, metric: latency_p50, direction: lower, tolerance: 10%%, confidence: "0.998"}
                budget: %s
                interleave: {variable: version, baseline: "1.4", candidate: %s}
                """;

        GateSpec spec = GateSpec.from(Documents.read("g.yaml", yaml.formatted("2.5x", "\"1.5\""), Verification.class)
                .value());

        assertThat(spec.budget().extra(36)).isEqualTo(54);
        assertThat(spec.interleave()).isEqualTo(new Interleaving("version", "1.4", "1.5", 1));
        // latency takes its own share (0.2 %), throughput the build's 1 % split over the two metrics
        assertThat(spec.metrics().get(1).relative().alpha()).isCloseTo(0.002, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(spec.metrics().get(0).relative().alpha()).isCloseTo(0.005, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(spec.falseAlarmBudget()).isCloseTo(0.007, org.assertj.core.api.Assertions.within(1e-12));
        assertThatThrownBy(() -> GateSpec.from(Documents.read("g.yaml", yaml.formatted("lots", "\"1.4\""),
                Verification.class).value())).isInstanceOf(GateSpecException.class)
                .hasMessageContaining("/verification/budget: expected a multiple")
                .hasMessageContaining("/verification/interleave: interleave: baseline and candidate are the same value");
    }
}
