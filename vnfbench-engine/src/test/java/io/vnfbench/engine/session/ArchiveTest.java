package io.vnfbench.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run kept the way a CI server keeps it (one directory per run) and the pages drawn from it: the verdict table, the
 * trend charts with their cache, and the Markdown table of a pull request's check.
 */
class ArchiveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Benchmarks benchmarks = Benchmarks.installed(CLOCK);

    @Test
    void shouldKeepABenchmarkingRunWithItsSummaryReportChartsAndTable() throws Exception {
        // given
        Path run = keptDir("1", "results_vnfbr-001.json");

        // when
        Archive.Kept kept = benchmarks.archive(run, "job#1", 1, null);
        List<VerdictLine> rows = Archive.rows(run);

        // then
        assertThat(kept.gateIfAny()).isEmpty();
        assertThat(kept.passing()).isTrue();
        assertThat(run.resolve(Archive.SUMMARY_FILE)).isRegularFile();
        assertThat(run.resolve(Archive.VERIFICATION_FILE)).doesNotExist();
        assertThat(kept.report()).isEqualTo("report/index.html");
        assertThat(run.resolve(kept.report())).content().contains("<html");
        assertThat(kept.charts()).isNotEmpty().allSatisfy(chart ->
                assertThat(Files.readAllBytes(run.resolve(Archive.CHARTS_DIR).resolve(chart))).startsWith(0x89, 'P'));
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.verdictIfGated()).isEmpty();
            assertThat(r.verdictText()).isEqualTo("NOT_GATED");
            assertThat(r.candidateMedian()).isNotEmpty();
        });
    }

    @Test
    void shouldKeepAGatedRunWithItsVerdictsAndWhetherItMayBeABaseline() throws Exception {
        // given: Gym's rate-limited second run gated against its first
        Path base = keptDir("1", "results_vnfbr-001.json").resolve(Archive.VNFBR_FILE);
        Path run = keptDir("2", "results_vnfbr-002.json");

        // when
        Archive.Kept kept = benchmarks.archive(run, "job#2", 2,
                GateRequest.against(BaselineSource.runs(Map.of("#1", base), false, "last passing run #1")));

        // then: the verdicts are in the kept VNF-BR, in verification.json and in the table
        assertThat(kept.gate().overall()).isEqualTo(Verdict.REGRESSION);
        assertThat(kept.passing()).isFalse().isEqualTo(kept.gate().passing());
        assertThat(Documents.read(run.resolve(Archive.VNFBR_FILE), VnfBr.class).value().verification().result())
                .isEqualTo(kept.gate().result());
        assertThat(Archive.rows(run)).extracting(VerdictLine::verdict).contains(Verdict.REGRESSION);
        assertThat(Archive.rows(run)).allSatisfy(r -> assertThat(r.baseline()).isEqualTo("last passing run #1"));
    }

    @Test
    void shouldShowNoRowsOfARunWhoseFilesAreGone() throws Exception {
        assertThat(Archive.rows(Files.createDirectories(dir.resolve("pruned")))).isEmpty();
    }

    @Test
    void shouldRefuseAnUnreadableVnfBrNamingTheProblem() throws Exception {
        Path run = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(run.resolve(Archive.VNFBR_FILE), "{\"id\": \"x\", \"nodez\": 1}");

        assertThatThrownBy(() -> benchmarks.archive(run, "job#1", 1, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nodez");
    }

    @Test
    void shouldDrawTrendsOnceAndAgainOnlyWhenTheRunsChange() throws Exception {
        // given: three kept runs of the same benchmark
        Path[] runs = new Path[3];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = keptDir(Integer.toString(i + 1), "results_vnfbr-001.json");
            benchmarks.archive(runs[i], "job#" + (i + 1), i + 1, null);
        }
        List<Path> two = List.of(runs[0].resolve(Archive.SUMMARY_FILE), runs[1].resolve(Archive.SUMMARY_FILE));
        List<Path> three = List.of(two.get(0), two.get(1), runs[2].resolve(Archive.SUMMARY_FILE));
        TrendCharts charts = new TrendCharts(8, 16L << 20);

        // when
        String metric = charts.metrics(two).get(0);
        byte[] first = charts.png(two, metric, 500, 250);
        byte[] again = charts.png(two, metric, 500, 250);
        byte[] clamped = charts.png(two, metric, 10, 99_999);
        byte[] more = charts.png(three, metric, 500, 250);

        // then
        assertThat(charts.metrics(two)).isNotEmpty().doesNotHaveDuplicates();
        assertThat(first).startsWith(0x89, 'P', 'N', 'G');
        assertThat(again).isSameAs(first);
        assertThat(clamped).isNotEqualTo(first);
        assertThat(more).isNotSameAs(first);
        assertThat(charts.size()).isEqualTo(3);
        assertThatThrownBy(() -> charts.png(two, "no/such-metric", 500, 250))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such-metric");
    }

    @Test
    void shouldBoundTheChartCacheByEntriesAndBytes() {
        // given
        TrendCharts cache = new TrendCharts(3, 10);

        // when
        cache.put("a", new byte[4]);
        cache.put("b", new byte[4]);
        cache.get("a");
        cache.put("c", new byte[4]);
        cache.put("huge", new byte[11]);

        // then: "b" was least recently used when the bytes ran over; a chart larger than the bound is never kept
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).hasSize(4);
        assertThat(cache.get("c")).hasSize(4);
        assertThat(cache.get("huge")).isNull();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bytes()).isEqualTo(8);
    }

    @Test
    void shouldWriteTheVerdictTableAsMarkdownFailingRowsFirstAndEscaped() {
        // given
        VerdictLine pass = line("nfs=1", Verdict.PASS);
        VerdictLine injected = line("name=<b>x</b>|y", Verdict.REGRESSION);
        VerdictLine notGated = line("nfs=2", null);

        // when
        String table = VerdictMarkdown.table(List.of(pass, notGated, injected), 2);

        // then
        List<String> lines = table.lines().toList();
        assertThat(lines.get(2)).startsWith("| name=&lt;b&gt;x&lt;/b&gt;\\|y | udp/throughput | REGRESSION |");
        assertThat(lines.get(3)).startsWith("| nfs=1 | udp/throughput | PASS |");
        assertThat(table).doesNotContain("<b>").endsWith("1 more row(s) not shown here.\n");
        assertThat(VerdictMarkdown.escape("a_b*c\nd")).isEqualTo("a\\_b\\*c d");
    }

    private static VerdictLine line(String testKey, Verdict verdict) {
        return new VerdictLine(testKey, "udp/throughput", verdict, "#1", "5/5", "1", "0.5", "-50.00 %", "0.01", "5 %",
                "");
    }

    /** A run's directory holding one of Gym's VNF-BRs with a gate on its throughput. */
    private Path keptDir(String name, String gym) throws Exception {
        Path run = Files.createDirectories(dir.resolve(name));
        VnfBr br = Documents.read(Path.of(getClass().getResource("/conformance/gym/" + gym).toURI()), VnfBr.class)
                .value();
        Documents.writeAtomically(run.resolve(Archive.VNFBR_FILE), br.withVerification(new Verification(List.of(
                new GatedMetric("throughput", "iperf3", "bits_per_second", "d1", null, "higher", "5%", null, null, null,
                        null, null, null, null, null)), null, null, null, null, null, null, null, null, null, null)));
        return run;
    }
}
