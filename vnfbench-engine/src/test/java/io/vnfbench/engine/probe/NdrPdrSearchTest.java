package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NdrPdrSearchTest {

    /** A SUT that drops nothing up to {@code clean} pps, then loses a growing share. */
    record FakeStep(double requestedPps, double txPps, double rxPps, double lossPercent) implements NdrPdrSearch.Step {
        static FakeStep at(double pps, double clean, double slope) {
            double loss = pps <= clean ? 0 : Math.min(100, (pps - clean) / clean * slope);
            return new FakeStep(pps, pps, pps * (1 - loss / 100), loss);
        }
    }

    @Test
    void shouldFindNdrAndPdrWithinEpsilonInOnePass() throws Exception {
        // given a SUT clean up to 300 kpps, losing 1 % per 10 % over it, and a generator reaching 1 Mpps
        List<Double> asked = new ArrayList<>();
        NdrPdrSearch.Trial<FakeStep> trial = pps -> {
            asked.add(pps);
            return Optional.of(FakeStep.at(pps, 300_000, 10));
        };
        Map<String, Double> targets = new LinkedHashMap<>();
        targets.put("ndr", 0.001);
        targets.put("pdr", 0.1);

        // when
        NdrPdrSearch.Result<FakeStep> result = NdrPdrSearch.search(trial, FakeStep.at(1_000_000, 300_000, 10),
                1_000_000, targets, 0.01);

        // then NDR is just under the knee and PDR a little above it, each within 1 % of the upper bound
        double ndr = result.found().get("ndr").orElseThrow().txPps();
        double pdr = result.found().get("pdr").orElseThrow().txPps();
        assertThat(ndr).isBetween(290_000.0, 300_000.0);
        assertThat(pdr).isGreaterThanOrEqualTo(ndr).isBetween(290_000.0, 303_000.0);
        assertThat(result.complete()).isTrue();
        assertThat(result.steps()).hasSize(asked.size() + 1);
        assertThat(asked.get(0)).isEqualTo(500_000.0);
    }

    @Test
    void shouldStopWhenATrialCannotRunAndSayItIsIncomplete() throws Exception {
        NdrPdrSearch.Result<FakeStep> result = NdrPdrSearch.search(pps -> Optional.empty(),
                FakeStep.at(1000, 10, 10), 1000, Map.of("ndr", 0.001), 0.01);

        assertThat(result.complete()).isFalse();
        assertThat(result.found().get("ndr")).isEmpty();
    }

    @Test
    void shouldTakeTheUpperBoundWhenItAlreadyMeetsTheTarget() throws Exception {
        List<Double> asked = new ArrayList<>();
        NdrPdrSearch.Result<FakeStep> result = NdrPdrSearch.search(pps -> {
            asked.add(pps);
            return Optional.of(FakeStep.at(pps, 1e9, 1));
        }, FakeStep.at(1000, 1e9, 1), 1000, Map.of("ndr", 0.001), 0.01);

        assertThat(result.found().get("ndr")).hasValueSatisfying(s -> assertThat(s.txPps()).isEqualTo(1000.0));
        assertThat(asked).isEmpty();
    }
}
