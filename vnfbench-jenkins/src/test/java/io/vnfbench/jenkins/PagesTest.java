package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import hudson.model.Result;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.session.TrendCharts;
import io.vnfbench.engine.session.VerdictLine;
import io.vnfbench.jenkins.Fakes.FakeJob;
import io.vnfbench.jenkins.Fakes.FakeRun;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.TransientActionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/** The build and job pages' Java side: which actions appear, what the endpoints serve, and to whom. */
@SuppressWarnings("rawtypes")
class PagesTest {

    private static final String BENCH = "bench/vnf-br.yaml";
    /** A metric of Gym's runs, which the fake builds store. */
    private static final String METRIC = "iperf3/bits_per_second";

    @TempDir
    Path root;

    private FakeJob job;
    private final TrendActionFactory factory = new TrendActionFactory();

    @BeforeEach
    void setUp() {
        job = new FakeJob(new Fakes.Folder(""), "vnf", root);
    }

    @Test
    void shouldKeepTheJobTrendWhenTheNewestBuildFailedTheGate() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "passed", true);
        FakeRun failed = job.newBuild().withResult(BENCH, "failed", true);
        failed.setResult(Result.FAILURE);

        // when
        List<hudson.model.Action> actions = factory.actionsFor(job, 30);

        // then: the engine's metrics of the stored run summaries, one chart each
        assertThat(actions).singleElement().isInstanceOf(BenchmarkTrendAction.class);
        BenchmarkTrendAction trend = (BenchmarkTrendAction) actions.get(0);
        assertThat(trend.summaries(BENCH)).hasSize(2);
        assertThat(trend.getCharts()).isNotEmpty().extracting(BenchmarkTrendAction.Chart::url)
                .allMatch(url -> url.startsWith("trend?vnfbr=bench%2Fvnf-br.yaml&metric="))
                .contains("trend?vnfbr=bench%2Fvnf-br.yaml&metric=iperf3%2Fbits_per_second");
    }

    @Test
    void shouldOfferNoTrendToJobsThatNeverBenchmarked() throws Exception {
        job.newBuild();
        assertThat(factory.actionsFor(job, 30)).isEmpty();
    }

    @Test
    void shouldServeTheTrendPngOnlyToReadersAndCacheIt() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "passed", true);
        job.newBuild().withResult(BENCH, "passed", true);
        TrendCharts charts = new TrendCharts(8, 1 << 20);
        BenchmarkTrendAction trend = new BenchmarkTrendAction(job, 30, charts);
        Response ok = new Response();
        Response again = new Response();
        Response denied = new Response();

        // when
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", METRIC)), ok.proxy());
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", METRIC)), again.proxy());
        job.readableBy();
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", METRIC)), denied.proxy());

        // then
        assertThat(ok.contentType).isEqualTo("image/png");
        assertThat(ok.body.toByteArray()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(again.body.toByteArray()).isEqualTo(ok.body.toByteArray());
        assertThat(charts.size()).isEqualTo(1);
        assertThat(denied.status).isEqualTo(HttpServletResponse.SC_FORBIDDEN);
        assertThat(denied.body.size()).isZero();
    }

    @Test
    void shouldDrawTheChartAgainWhenARunningBuildCompletes() throws Exception {
        // given: #1 and #2 completed, #3 still running (it already attached its result)
        job.newBuild().withResult(BENCH, "passed", true);
        job.newBuild().withResult(BENCH, "passed", true);
        FakeRun running = job.newBuild().withResult(BENCH, "passed", true);
        running.building = true;
        TrendCharts charts = new TrendCharts(8, 1 << 20);
        BenchmarkTrendAction trend = new BenchmarkTrendAction(job, 30, charts);
        Response whileRunning = new Response();
        Response afterwards = new Response();

        // when
        List<java.nio.file.Path> before = trend.summaries(BENCH);
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", METRIC)), whileRunning.proxy());
        running.building = false;
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", METRIC)), afterwards.proxy());

        // then: the running build is not drawn, and its completion is not hidden by the cache
        assertThat(before).hasSize(2);
        assertThat(trend.summaries(BENCH)).hasSize(3);
        assertThat(charts.size()).isEqualTo(2);
        assertThat(afterwards.body.toByteArray()).startsWith(0x89, 'P', 'N', 'G')
                .isNotEqualTo(whileRunning.body.toByteArray());
    }

    @Test
    void shouldAnswerAnUnknownMetricWithNotFound() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "passed", true);
        Response rsp = new Response();

        // when
        new BenchmarkTrendAction(job, 30, new TrendCharts(8, 1 << 20))
                .doTrend(request(Map.of("vnfbr", BENCH, "metric", "nope")), rsp.proxy());

        // then
        assertThat(rsp.status).isEqualTo(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void shouldWalkAJobsHistoryForTheTrendOnlyWhenABuildCompletes() throws Exception {
        // given: a job whose completed builds never ran vnfBenchmark, and one running build that did
        job.newBuild();
        FakeRun running = job.newBuild().withResult(BENCH, "passed", true);
        running.building = true;

        // when / then: no trend while the only benchmark build runs, also when asked again
        assertThat(factory.actionsFor(job, 30)).isEmpty();
        assertThat(factory.actionsFor(job, 30)).isEmpty();

        // when / then: it completes, the answer changes
        running.building = false;
        assertThat(factory.actionsFor(job, 30)).singleElement().isInstanceOf(BenchmarkTrendAction.class);

        // when / then: nothing completed since, so the history is not walked again (the cached answer stands)
        running.removeActions(BenchmarkAction.class);
        assertThat(factory.actionsFor(job, 30)).hasSize(1);
        assertThat(factory.actionsFor(job, 10)).isEmpty();
    }

    @Test
    void shouldShowTheTrendActionThroughTheJobsActionsAsJenkinsDoes() throws Exception {
        // given: the factory registered as Jenkins registers an @Extension
        job.newBuild().withResult(BENCH, "passed", true);
        ExtensionList<VnfBenchConfiguration> configs = ExtensionList.lookup(VnfBenchConfiguration.class);
        ExtensionList<TransientActionFactory> factories = ExtensionList.lookup(TransientActionFactory.class);
        VnfBenchConfiguration config = new VnfBenchConfiguration();
        configs.add(config);
        factories.add(factory);
        try {
            // when
            BenchmarkTrendAction trend = job.getAction(BenchmarkTrendAction.class);

            // then
            assertThat(trend).isNotNull();
            assertThat(trend.getHistoryLength()).isEqualTo(VnfBenchConfiguration.DEFAULT_HISTORY_LENGTH);
            assertThat(job.getAllActions()).hasAtLeastOneElementOfType(BenchmarkTrendAction.class);
        } finally {
            configs.remove(config);
            factories.remove(factory);
        }
    }

    @Test
    void shouldServeOnlyTheBuildsOwnFilesAndTheReportSandboxed() throws Exception {
        // given
        FakeRun run = job.newBuild().withResult(BENCH, "passed", true);
        BenchmarkAction action = run.getAction(BenchmarkAction.class);
        Path dir = BenchmarkAction.directory(run, 1);
        Files.createDirectories(dir.resolve("report"));
        Files.writeString(dir.resolve("report/index.html"), "<html>report</html>");
        Files.write(dir.resolve("report/trend-1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Response image = new Response();
        Response escape = new Response();
        Response report = new Response();
        Response vnfbr = new Response();
        Response traversal = new Response();

        // when
        action.doReport(request(Map.of()), report.proxy());
        action.doReport(request(Map.of(), "/trend-1.png"), image.proxy());
        action.doReport(request(Map.of(), "/../../build.xml"), escape.proxy());
        action.doVnfbr(request(Map.of()), vnfbr.proxy());
        action.doChart(request(Map.of("name", "../../../config.xml")), traversal.proxy());

        // then
        assertThat(report.body.toString()).isEqualTo("<html>report</html>");
        assertThat(report.headers).containsEntry("Content-Security-Policy", BenchmarkAction.REPORT_CSP);
        assertThat(image.contentType).isEqualTo("image/png");
        assertThat(escape.status).isEqualTo(HttpServletResponse.SC_NOT_FOUND);
        assertThat(vnfbr.contentType).startsWith("application/json");
        assertThat(vnfbr.body.toString()).contains("build-1");
        assertThat(traversal.status).isEqualTo(HttpServletResponse.SC_NOT_FOUND);
        assertThat(action.getUrlName()).isEqualTo("vnfbench");
        assertThat(action.isReportAvailable()).isTrue();
    }

    @Test
    void shouldPublishTheCheckWithTheEnginesTableAndATypedConclusion() {
        // given
        VerdictLine injected = new VerdictLine("name=<b>x</b>|y", "udp/throughput", Verdict.REGRESSION, "#1", "5", "1",
                "0.5", "-50 %", "0.01", "5 %", "");
        BenchmarkSummary summary = new BenchmarkSummary(BENCH, "verification", Verdict.REGRESSION,
                Map.of(Verdict.REGRESSION, 1), List.of("name=<b>x</b>|y"), false, "last passing run #1", "out");

        // when
        ChecksDetails details = ChecksPublishing.details(summary, List.of(injected));

        // then
        assertThat(details.getName()).contains("vnfbench: bench/vnf-br.yaml");
        assertThat(details.getConclusion()).isEqualTo(ChecksConclusion.FAILURE);
        assertThat(details.getOutput()).get().satisfies(o -> {
            assertThat(o.getTitle()).contains("Performance gate: REGRESSION in 1 test(s)");
            assertThat(o.getText()).get().asString().contains("name=&lt;b&gt;x&lt;/b&gt;\\|y").doesNotContain("<b>");
        });
        assertThat(ChecksPublishing.conclusion(Verdict.INCONCLUSIVE)).isEqualTo(ChecksConclusion.NEUTRAL);
        assertThat(ChecksPublishing.conclusion(Verdict.NO_BASELINE)).isEqualTo(ChecksConclusion.SUCCESS);
        assertThat(ChecksPublishing.conclusion(Verdict.ERROR)).isEqualTo(ChecksConclusion.FAILURE);
    }

    private static StaplerRequest2 request(Map<String, String> params) {
        return request(params, "");
    }

    private static StaplerRequest2 request(Map<String, String> params, String restOfPath) {
        return (StaplerRequest2) Proxy.newProxyInstance(PagesTest.class.getClassLoader(), new Class<?>[] {StaplerRequest2.class},
                (p, m, args) -> m.getName().equals("getParameter") ? params.get((String) args[0])
                        : m.getName().equals("getRestOfPath") ? restOfPath : null);
    }

    /** Records what an endpoint wrote. */
    static final class Response {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final Map<String, String> headers = new HashMap<>();
        String contentType;
        int status = HttpServletResponse.SC_OK;

        StaplerResponse2 proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener writeListener) {
                }
            };
            return (StaplerResponse2) Proxy.newProxyInstance(PagesTest.class.getClassLoader(), new Class<?>[] {StaplerResponse2.class},
                    (p, m, args) -> {
                        switch (m.getName()) {
                            case "getOutputStream":
                                return out;
                            case "setContentType":
                                contentType = (String) args[0];
                                return null;
                            case "setHeader":
                                headers.put((String) args[0], (String) args[1]);
                                return null;
                            case "sendError":
                                status = (Integer) args[0];
                                return null;
                            default:
                                return null;
                        }
                    });
        }
    }
}
