package io.vnfbench.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.run.FileNamePattern;
import io.vnfbench.engine.run.NfvbenchImport;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.trend.RunSummaryBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @Test
    void shouldReportTheNfvbenchImportWithProfilesAndMatricesPerTopology(@TempDir Path out) throws Exception {
        // given
        VnfBr br = NfvbenchImport.build(nfvbenchFiles(), FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN));
        History history = new History(List.of(ProfileSummariser.summarise(br, "import", null)));
        HtmlReport.Options options = new HtmlReport.Options(List.of("ndr_rate_pps_64B"), null, null, null, 8,
                TrendChart.XAxisMode.RUN_NUMBER);

        // when
        HtmlReport.Result result = HtmlReport.write(history, br, options, out);

        // then
        String html = Files.readString(result.index());
        assertThat(html).contains("<h2>Newest run: profiles</h2>").contains("not gated")
                .contains("nfvbench 2.0.5").contains("ndr_rate_pps_64B").doesNotContain("<script");
        assertThat(result.images()).filteredOn(p -> p.getFileName().toString().startsWith("matrix"))
                .hasSize(3);
        assertThat(result.images()).filteredOn(p -> p.getFileName().toString().startsWith("profile"))
                .hasSize(6);
        for (Path png : result.images()) {
            assertThat(html).contains("src=\"" + png.getFileName() + "\"");
            assertThat(ChartsTest.decode(Files.readAllBytes(png)).getWidth()).isEqualTo(900);
        }
    }

    @Test
    void shouldShowVerdictsAndTrendsOfAGatedHistoryAndEscapeUserText(@TempDir Path out) throws IOException {
        // given
        MetricKey key = new MetricKey("chains=1,nfs=<b>2</b>", "udp", "pps \"fast\" & <script>");
        RunSummary first = new RunSummaryBuilder("r1").runNumber(1L).vnf("<img src=x onerror=alert(1)>")
                .addSample(key, "pps", 100).addSample(key, "pps", 101)
                .verdict(key, Direction.HIGHER_IS_BETTER, Verdict.NO_BASELINE, null, Double.NaN).build();
        RunSummary second = new RunSummaryBuilder("r2").runNumber(2L).vnf("<img src=x onerror=alert(1)>")
                .gate(GateOutcome.FAILED).addSample(key, "pps", 80).addSample(key, "pps", 82)
                .verdict(key, Direction.HIGHER_IS_BETTER, Verdict.REGRESSION, "r1", 100.5).build();

        // when
        HtmlReport.Result result = HtmlReport.write(new History(List.of(first, second)), null,
                HtmlReport.Options.defaults(), out);

        // then
        String html = Files.readString(result.index());
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<b>2")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("pps &quot;fast&quot; &amp; &lt;script&gt;")
                .contains("REGRESSION").contains("-19.40 %").contains("FAILED");
        assertThat(result.images()).anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith("trend"));
    }

    @Test
    void shouldExplainEveryVerdictFromTheGatesOwnTable(@TempDir Path out) throws Exception {
        // given
        VnfBr imported = NfvbenchImport.build(nfvbenchFiles().subList(0, 3),
                FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN));
        VerificationResult.VerdictEntry entry = new VerificationResult.VerdictEntry("1",
                "chains=1,nfs=1,run=ndr,topology=csc", "ndr <gate>", "nfvbench", "ndr_rate_pps_64B", "higher",
                "REGRESSION", "welch", 5L, 5L, "6300000", "5900000", "-0.0635", "0.0004", "5%", "dropped & slow");
        VnfBr br = new VnfBr(imported.id(), imported.name(), imported.version(), imported.author(),
                imported.description(), imported.vnf(), imported.environment(), imported.inputs(),
                imported.outputs(), imported.timestamp(), imported.error(),
                new Verification(List.of(), null, null, null, null, null, null, null, null, null,
                        new VerificationResult("failed", "history:last (run 41)", null, List.of(entry),
                                List.of("mixed testbeds"))));

        // when
        HtmlReport.Result result = HtmlReport.write(new History(List.of(ProfileSummariser.summarise(br, "r", 1L))),
                br, HtmlReport.Options.defaults(), out);

        // then
        assertThat(Files.readString(result.index())).contains("ndr &lt;gate&gt;").contains("-6.35 %")
                .contains("0.0004").contains("dropped &amp; slow").contains("history:last (run 41)")
                .contains("mixed testbeds").contains("class=\"v bad\">REGRESSION");
    }

    @Test
    void shouldDegradeGracefullyOnAnEmptyHistory(@TempDir Path out) throws IOException {
        // when
        HtmlReport.Result result = HtmlReport.write(new History(List.of()), null, HtmlReport.Options.defaults(), out);

        // then
        assertThat(Files.readString(result.index())).contains("nothing to report");
        assertThat(result.images()).isEmpty();
    }

    @Test
    void shouldWriteTheSameReportTwice(@TempDir Path one, @TempDir Path two) throws Exception {
        // given
        History history = ChartsTest.history(10, i -> 1e6, true);

        // when
        HtmlReport.write(history, null, HtmlReport.Options.defaults(), one);
        HtmlReport.write(history, null, HtmlReport.Options.defaults(), two);

        // then
        assertThat(Files.readString(one.resolve("index.html"))).isEqualTo(Files.readString(two.resolve("index.html")));
        assertThat(Files.readAllBytes(one.resolve("trend-001.png")))
                .isEqualTo(Files.readAllBytes(two.resolve("trend-001.png")));
    }

    static List<Path> nfvbenchFiles() throws Exception {
        Path dir = Path.of(HtmlReportTest.class.getClassLoader().getResource("conformance/nfvbench/README.md")
                .toURI()).getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
