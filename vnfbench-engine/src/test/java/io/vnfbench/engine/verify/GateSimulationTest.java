package io.vnfbench.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GateSimulationTest {

    @Test
    void shouldProduceATableWhereTheGateCatchesLargeRegressionsAndTheAnchorsAppear() {
        // when a tiny version of the documented simulation runs
        String table = GateSimulation.run(60, 7, new String[] {"normal"}, new double[] {0.01}, new int[] {5});

        // then every rule has a row and the sequential gate catches a 10 % drop at CV 1 % every time
        assertThat(table).contains("github-action-benchmark", "NFVbench", "performance-plugin", "Bencher");
        String row = Arrays.stream(table.split("\n"))
                .filter(l -> l.contains("sequential, history noise, 3..10")).findFirst().orElseThrow();
        String[] cells = row.split("\\|");
        assertThat(cells[4].trim()).isEqualTo("0.0 %");
        assertThat(cells[7].trim()).isEqualTo("100.0 %");
    }
}
