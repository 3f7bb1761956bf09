package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.ExtensionList;
import hudson.model.Result;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/** The build and job pages' Java side: which actions appear, what the endpoints serve, and to whom. */
@SuppressWarnings("rawtypes")
class PagesTest {

    private static final String BENCH = "bench/vnf-br.yaml";

    @TempDir
    Path root;

    private FakeJob job;

    @BeforeEach
    void setUp() {
        job = new FakeJob(new Fakes.Folder(""), "vnf", root);
        Engines.use(new TrendEngine());
        BenchmarkTrendAction.clearCache();
        TrendActionFactory.clearCache();
    }

    @AfterEach
    void tearDown() {
        Engines.reset();
    }

    @Test
    void shouldKeepTheJobTrendWhenTheNewestBuildFailedTheGate() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "PASS", true);
        FakeRun failed = job.newBuild().withResult(BENCH, "REGRESSION", true);
        failed.setResult(Result.FAILURE);

        // when
        List<hudson.model.Action> actions = TrendActionFactory.actionsFor(job, 30);

        // then
        assertThat(actions).singleElement().isInstanceOf(BenchmarkTrendAction.class);
        BenchmarkTrendAction trend = (BenchmarkTrendAction) actions.get(0);
        assertThat(trend.summaries(BENCH)).hasSize(2);
        assertThat(trend.getCharts()).extracting(BenchmarkTrendAction.Chart::getUrl)
                .containsExactly("trend?vnfbr=bench%2Fvnf-br.yaml&metric=udp%2Fthroughput");
    }

    @Test
    void shouldOfferNoTrendToJobsThatNeverBenchmarked() throws Exception {
        job.newBuild();
        assertThat(TrendActionFactory.actionsFor(job, 30)).isEmpty();
    }

    @Test
    void shouldServeTheTrendPngOnlyToReadersAndCacheIt() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "PASS", true);
        job.newBuild().withResult(BENCH, "PASS", true);
        BenchmarkTrendAction trend = new BenchmarkTrendAction(job, 30);
        Response ok = new Response();
        Response again = new Response();
        Response denied = new Response();

        // when
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", "udp/throughput")), ok.proxy());
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", "udp/throughput")), again.proxy());
        job.readableBy();
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", "udp/throughput")), denied.proxy());

        // then
        assertThat(ok.contentType).isEqualTo("image/png");
        assertThat(ok.body.toByteArray()).containsExactly(0x89, 'P', 'N', 'G', 2);
        assertThat(TrendEngine.rendered).isEqualTo(1);
        assertThat(again.body.toByteArray()).isEqualTo(ok.body.toByteArray());
        assertThat(denied.status).isEqualTo(HttpServletResponse.SC_FORBIDDEN);
        assertThat(denied.body.size()).isZero();
    }

    @Test
    void shouldDrawTheChartAgainWhenARunningBuildCompletes() throws Exception {
        // given: #1 and #2 completed, #3 still running (it already attached its result)
        job.newBuild().withResult(BENCH, "PASS", true);
        job.newBuild().withResult(BENCH, "PASS", true);
        FakeRun running = job.newBuild().withResult(BENCH, "PASS", true);
        running.building = true;
        BenchmarkTrendAction trend = new BenchmarkTrendAction(job, 30);
        Response whileRunning = new Response();
        Response afterwards = new Response();

        // when
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", "udp/throughput")), whileRunning.proxy());
        running.building = false;
        trend.doTrend(request(Map.of("vnfbr", BENCH, "metric", "udp/throughput")), afterwards.proxy());

        // then: the running build is not drawn, and its completion is not hidden by the cache
        assertThat(whileRunning.body.toByteArray()).containsExactly(0x89, 'P', 'N', 'G', 2);
        assertThat(afterwards.body.toByteArray()).containsExactly(0x89, 'P', 'N', 'G', 3);
        assertThat(TrendEngine.rendered).isEqualTo(2);
    }

    @Test
    void shouldAnswerAnUnknownMetricWithNotFound() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "PASS", true);
        Response rsp = new Response();

        // when
        new BenchmarkTrendAction(job, 30).doTrend(request(Map.of("vnfbr", BENCH, "metric", "nope")), rsp.proxy());

        // then
        assertThat(rsp.status).isEqualTo(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void shouldBoundTheChartCacheByEntriesAndBytes() {
        // given
        BenchmarkTrendAction.ChartCache cache = new BenchmarkTrendAction.ChartCache(3, 10);

        // when
        cache.put("a", new byte[4]);
        cache.put("b", new byte[4]);
        cache.get("a");
        cache.put("c", new byte[4]);
        cache.put("huge", new byte[11]);

        // then: "b" was least recently used when the bytes ran over; a PNG larger than the bound is never kept
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).hasSize(4);
        assertThat(cache.get("c")).hasSize(4);
        assertThat(cache.get("huge")).isNull();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bytes()).isEqualTo(8);
    }

    @Test
    void shouldWalkAJobsHistoryForTheTrendOnlyWhenABuildCompletes() throws Exception {
        // given: a job whose completed builds never ran vnfBenchmark, and one running build that did
        job.newBuild();
        FakeRun running = job.newBuild().withResult(BENCH, "PASS", true);
        running.building = true;

        // when / then: no trend while the only benchmark build runs, also when asked again
        assertThat(TrendActionFactory.actionsFor(job, 30)).isEmpty();
        assertThat(TrendActionFactory.actionsFor(job, 30)).isEmpty();

        // when / then: it completes, the answer changes
        running.building = false;
        assertThat(TrendActionFactory.actionsFor(job, 30)).singleElement().isInstanceOf(BenchmarkTrendAction.class);

        // when / then: nothing completed since, so the history is not walked again (the cached answer stands)
        running.removeActions(BenchmarkAction.class);
        assertThat(TrendActionFactory.actionsFor(job, 30)).hasSize(1);
        assertThat(TrendActionFactory.actionsFor(job, 10)).isEmpty();
    }

    @Test
    void shouldShowTheTrendActionThroughTheJobsActionsAsJenkinsDoes() throws Exception {
        // given: the factory registered as Jenkins registers an @Extension
        job.newBuild().withResult(BENCH, "PASS", true);
        ExtensionList<VnfBenchConfiguration> configs = ExtensionList.lookup(VnfBenchConfiguration.class);
        ExtensionList<TransientActionFactory> factories = ExtensionList.lookup(TransientActionFactory.class);
        VnfBenchConfiguration config = new VnfBenchConfiguration();
        TrendActionFactory factory = new TrendActionFactory();
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
        FakeRun run = job.newBuild().withResult(BENCH, "PASS", true);
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
    void shouldEscapeUserTextInTheCheckTable() {
        // given
        VerdictRow row = new VerdictRow(new io.vnfbench.engine.session.VerdictLine("name=<b>x</b>|y", "udp/throughput",
                io.vnfbench.engine.model.Verdict.REGRESSION, "#1", "5", "1", "0.5", "-50 %", "0.01", "5 %", ""));

        // when
        String table = ChecksPublishing.table(List.of(row));

        // then
        assertThat(table).contains("name=&lt;b&gt;x&lt;/b&gt;\\|y").doesNotContain("<b>");
        assertThat(ChecksPublishing.conclusion("REGRESSION")).isEqualTo(io.jenkins.plugins.checks.api.ChecksConclusion.FAILURE);
        assertThat(ChecksPublishing.conclusion("NO_BASELINE")).isEqualTo(io.jenkins.plugins.checks.api.ChecksConclusion.SUCCESS);
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

    /** Draws a fake PNG whose last byte is the number of runs. */
    static final class TrendEngine implements Engine {
        static int rendered;

        TrendEngine() {
            rendered = 0;
        }

        @Override
        public GateReport evaluate(Path vnfbr, Evaluation evaluation, Path dir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VerdictRow> readRows(Path dir) {
            return List.of();
        }

        @Override
        public List<String> trendMetrics(List<Path> summaries) {
            return List.of("udp/throughput");
        }

        @Override
        public byte[] trendPng(List<Path> summaries, String metric, int width, int height) throws AbortException {
            if (!metric.equals("udp/throughput")) {
                throw new AbortException("no metric '" + metric + "' in the stored results");
            }
            rendered++;
            return new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) summaries.size()};
        }
    }
}
