package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GateSimulationTest {

    @Test
    void shouldProduceATableWithEveryRuleWhereOurGateRaisesNoFalseAlarmAndCatchesTenPercent() {
        // when a tiny version of the documented simulation runs (no drift, normal noise)
        String table = GateSimulation.rows(60, 7, new double[] {0}, new String[] {"normal"}, new boolean[] {false});

        // then every rule has a row, and our history rule with live Trials catches most 10 % drops without false alarms
        assertThat(table).contains("github-action-benchmark", "NFVbench", "performance-plugin", "Bencher",
                "interleaved A/B", "earlier vnfbench");
        String[] cells = Arrays.stream(table.split("\n"))
                .filter(l -> l.startsWith("| level") && l.contains("history of 20 (median:20), live")).findFirst()
                .orElseThrow().split("\\|");
        assertThat(cells[5].trim()).isEqualTo("0.0 %");
        assertThat(Double.parseDouble(cells[7].trim().replace(" %", ""))).isGreaterThan(70);
    }
}
