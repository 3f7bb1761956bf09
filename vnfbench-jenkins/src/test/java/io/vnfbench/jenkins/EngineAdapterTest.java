package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineAdapterTest {

    @TempDir
    Path tmp;

    @Test
    void shouldSummariseABenchmarkingRunIntoTheBuildDirectory() throws Exception {
        // given
        Path dir = Files.createDirectories(tmp.resolve("build1"));
        Path vnfbr = copyGym(dir);

        // when
        GateReport report = EngineAdapter.INSTANCE.evaluate(vnfbr, evaluation("benchmarking", 1), dir);
        List<VerdictRow> rows = EngineAdapter.INSTANCE.readRows(dir);

        // then
        assertThat(report.verdict()).isNull();
        assertThat(report.verdictText()).isEqualTo(BenchmarkSummary.NOT_GATED);
        assertThat(report.failedTests()).isEmpty();
        assertThat(dir.resolve(StoredResult.SUMMARY_FILE)).isRegularFile();
        assertThat(report.report()).isEqualTo("report/index.html");
        assertThat(dir.resolve(report.report())).content().contains("<html");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getVerdict()).isEqualTo(BenchmarkSummary.NOT_GATED));
        assertThat(report.charts()).isNotEmpty()
                .allSatisfy(chart -> assertThat(dir.resolve("charts").resolve(chart)).isRegularFile());
    }

    @Test
    void shouldDrawATrendOverStoredSummaries() throws Exception {
        // given: two builds of the same benchmark
        Path b1 = Files.createDirectories(tmp.resolve("1"));
        Path b2 = Files.createDirectories(tmp.resolve("2"));
        EngineAdapter.INSTANCE.evaluate(copyGym(b1), evaluation("benchmarking", 1), b1);
        EngineAdapter.INSTANCE.evaluate(copyGym(b2), evaluation("benchmarking", 2), b2);
        List<Path> summaries = List.of(b1.resolve(StoredResult.SUMMARY_FILE), b2.resolve(StoredResult.SUMMARY_FILE));

        // when
        List<String> metrics = EngineAdapter.INSTANCE.trendMetrics(summaries);
        byte[] png = EngineAdapter.INSTANCE.trendPng(summaries, metrics.get(0), 500, 250);

        // then
        assertThat(metrics).isNotEmpty().doesNotHaveDuplicates();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThatThrownBy(() -> EngineAdapter.INSTANCE.trendPng(summaries, "no/such-metric", 500, 250))
                .isInstanceOf(hudson.AbortException.class);
    }

    @Test
    void shouldReportAnUnreadableVnfBrAsAnAbortNamingTheFile() throws Exception {
        // given
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Path vnfbr = Files.writeString(dir.resolve("vnf-br.json"), "{\"id\": \"x\", \"nodez\": 1}");

        // then
        assertThatThrownBy(() -> EngineAdapter.INSTANCE.evaluate(vnfbr, evaluation("benchmarking", 1), dir))
                .isInstanceOf(hudson.AbortException.class).hasMessageContaining("nodez");
    }

    private Path copyGym(Path dir) throws Exception {
        Path target = dir.resolve(StoredResult.VNFBR_FILE);
        try (InputStream in = getClass().getResourceAsStream("/gym/results_vnfbr-001.json")) {
            Files.copy(in, target);
        }
        return target;
    }

    private static Engine.Evaluation evaluation(String mode, long number) {
        VnfBenchmarkStep step = new VnfBenchmarkStep("vnf-br.json");
        step.setMode(mode);
        return new Engine.Evaluation(StepSettings.of(step, StepSettings.Defaults.NONE), java.util.Map.of(), "", "job#" + number, number);
    }
}
