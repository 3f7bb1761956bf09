package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunViewsTest {

    private static RunSummary matrixRun() {
        RunSummaryBuilder b = new RunSummaryBuilder("m");
        for (String topology : new String[] {"snake", "pipeline"}) {
            for (int chains : new int[] {1, 2}) {
                for (int nfs : new int[] {1, 2, 10}) {
                    String key = "chains=" + chains + ",nfs=" + nfs + ",topology=" + topology;
                    double ndr = topology.equals("snake") ? 6e6 / nfs / chains : 6e6 / chains;
                    b.addSample(new MetricKey(key, "nfvbench", "ndr"), "pps", ndr);
                }
            }
        }
        return b.build();
    }

    @Test
    void shouldSuggestNumericXWithMostValuesAndTextualSeries() {
        // when
        RunViews.Layout layout = RunViews.suggestLayout(matrixRun(), "nfvbench", "ndr", List.of()).orElseThrow();

        // then
        assertThat(layout).isEqualTo(new RunViews.Layout("nfs", "topology", "chains"));
    }

    @Test
    void shouldBreakTiesByDeclarationOrderAndIgnoreVariablesWithOneValue() {
        // given
        RunSummaryBuilder b = new RunSummaryBuilder("r");
        for (String c : new String[] {"1", "2"}) {
            for (String n : new String[] {"1", "2"}) {
                b.addSample(new MetricKey("chains=" + c + ",nfs=" + n + ",run=ndr,topology=a", "s", "m"), "", 1);
                b.addSample(new MetricKey("chains=" + c + ",nfs=" + n + ",run=ndr,topology=b", "s", "m"), "", 1);
                b.addSample(new MetricKey("chains=" + c + ",nfs=" + n + ",run=fixed,topology=b", "s", "x"), "", 1);
            }
        }

        // when
        RunViews.Layout layout = RunViews.suggestLayout(b.build(), "s", "m",
                List.of("topology", "chains", "nfs", "run")).orElseThrow();

        // then
        assertThat(layout).isEqualTo(new RunViews.Layout("nfs", "topology", "chains"));
        assertThat(RunViews.combinations(b.build(), "s", "m", List.of("topology")))
                .containsExactly(Map.of("topology", "a"), Map.of("topology", "b"));
    }

    @Test
    void shouldCutAProfileWithOneSeriesPerTopologyInNumericOrder() {
        // when
        Profile profile = RunViews.profile(matrixRun(), "nfvbench", "ndr", "nfs", "topology", Map.of("chains", "1"));

        // then
        assertThat(profile.series()).extracting(Profile.Series::name)
                .containsExactly("topology=pipeline", "topology=snake");
        assertThat(profile.series().get(1).points()).extracting(Profile.Point::x).containsExactly(1.0, 2.0, 10.0);
        assertThat(profile.series().get(1).points()).extracting(Profile.Point::median)
                .containsExactly(6e6, 3e6, 6e5);
        assertThat(profile.unit()).isEqualTo("pps");
    }

    @Test
    void shouldCutAMatrixWithMissingCellsAsNaN() {
        // given
        RunSummary run = new RunSummaryBuilder("m")
                .addSample(new MetricKey("chains=1,nfs=1", "s", "m"), "pps", 1)
                .addSample(new MetricKey("chains=2,nfs=4", "s", "m"), "pps", 2).build();

        // when
        Matrix matrix = RunViews.matrix(run, "s", "m", "chains", "nfs", Map.of());

        // then
        assertThat(matrix.rowValues()).containsExactly("1", "2");
        assertThat(matrix.columnValues()).containsExactly("1", "4");
        assertThat(matrix.value(0, 0)).isEqualTo(1);
        assertThat(matrix.value(0, 1)).isNaN();
        assertThat(matrix.value(1, 1)).isEqualTo(2);
        assertThat(matrix.range()).containsExactly(1, 2);
    }

    @Test
    void shouldOrderVariableValuesNumericallyBeforeText() {
        assertThat(VariableValues.compareValues("10", "2")).isPositive();
        assertThat(VariableValues.compareValues("2", "pipeline")).isNegative();
        assertThat(VariableValues.compareValues("pipeline", "snake")).isNegative();
    }
}
