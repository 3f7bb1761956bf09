package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void shouldOrderRunsByNumberThenTimestampAndKeepFailedGates() {
        // given
        RunSummary third = run("c", 3L, null, GateOutcome.PASSED, 300);
        RunSummary first = run("a", 1L, null, GateOutcome.PASSED, 100);
        RunSummary second = run("b", 2L, null, GateOutcome.FAILED, 200);

        // when
        History history = History.ordered(List.of(third, first, second));
        TrendSeries series = history.series(TrendFixtures.PPS);

        // then
        assertThat(history.runs()).extracting(RunSummary::runId).containsExactly("a", "b", "c");
        assertThat(series.points()).extracting(TrendPoint::median).containsExactly(100.0, 200.0, 300.0);
        assertThat(series.points().get(1).gate()).isEqualTo(GateOutcome.FAILED);
        assertThat(history.newest()).contains(third);
    }

    @Test
    void shouldFallBackToTimestampsAndPositions() {
        // given
        RunSummary late = run("late", null, Instant.parse("2026-02-01T00:00:00Z"), GateOutcome.NOT_GATED, 2);
        RunSummary early = run("early", null, Instant.parse("2026-01-01T00:00:00Z"), GateOutcome.NOT_GATED, 1);

        // when
        TrendSeries series = History.ordered(List.of(late, early)).series(TrendFixtures.PPS);

        // then
        assertThat(series.points()).extracting(TrendPoint::runId).containsExactly("early", "late");
        assertThat(series.points()).extracting(TrendPoint::runNumber).containsExactly(1L, 2L);
    }

    @Test
    void shouldLeaveNoPointForRunsWithoutTheMetric() {
        // given
        RunSummary empty = new RunSummaryBuilder("empty").runNumber(2L).build();
        History history = History.ordered(List.of(run("a", 1L, null, GateOutcome.PASSED, 1), empty));

        // when
        TrendSeries series = history.series(TrendFixtures.PPS);

        // then
        assertThat(series.points()).hasSize(1);
        assertThat(series.runs()).isEqualTo(2);
    }

    @Test
    void shouldDownsampleIntoBucketsThatKeepRegressionMarkersAndTheWholeRange() {
        // given
        History history = TrendFixtures.history(1000, 1e6, 7);
        RunSummary[] runs = history.runs().toArray(new RunSummary[0]);
        runs[500] = new RunSummaryBuilder("regressed").runNumber(501L)
                .addSample(TrendFixtures.PPS, "pps", 1)
                .verdict(TrendFixtures.PPS, Direction.HIGHER_IS_BETTER, Verdict.REGRESSION, "run-500", 1e6).build();
        TrendSeries series = new History(List.of(runs)).series(TrendFixtures.PPS);

        // when
        TrendSeries small = series.downsample(300);

        // then
        assertThat(small.points()).hasSizeLessThanOrEqualTo(300);
        assertThat(small.downsampled()).isTrue();
        assertThat(small.points().stream().mapToInt(TrendPoint::runsCovered).sum()).isEqualTo(1000);
        assertThat(small.points()).filteredOn(TrendPoint::isRegression).hasSize(1)
                .first().satisfies(p -> assertThat(p.min()).isEqualTo(1));
        assertThat(small.points().get(small.points().size() - 1).runNumber()).isEqualTo(1000);
        assertThat(series.downsample(1000)).isSameAs(series);
    }

    @Test
    void shouldNameGatedMetrics() {
        // given
        MetricKey other = new MetricKey("k=1", "s", "m");
        RunSummary gated = new RunSummaryBuilder("g").addSample(other, "", 1).addSample(TrendFixtures.PPS, "pps", 1)
                .verdict(TrendFixtures.PPS, Direction.HIGHER_IS_BETTER, Verdict.PASS, "b", 1).build();

        // then
        assertThat(new History(List.of(gated)).gatedMetricKeys()).containsExactly(TrendFixtures.PPS);
        assertThat(new History(List.of(gated)).metricKeys()).hasSize(2);
    }

    private static RunSummary run(String id, Long number, Instant time, GateOutcome gate, double value) {
        return new RunSummaryBuilder(id).runNumber(number).timestamp(time).gate(gate)
                .addSample(TrendFixtures.PPS, "pps", value).build();
    }
}
