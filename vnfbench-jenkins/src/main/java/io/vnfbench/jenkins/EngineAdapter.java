package io.vnfbench.jenkins;

import hudson.AbortException;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.render.ChartSize;
import io.vnfbench.engine.render.MatrixChart;
import io.vnfbench.engine.render.ProfileChart;
import io.vnfbench.engine.render.TrendChart;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.Matrix;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.MetricSummary;
import io.vnfbench.engine.trend.Profile;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.trend.RunSummaryBuilder;
import io.vnfbench.engine.trend.RunSummaryJson;
import io.vnfbench.engine.trend.RunViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * The glue's only door into the engine packages: every call into the engine, plus the translation of its exceptions
 * into Jenkins' (AbortException carries the engine's message to the build log without a stack trace, and keeps engine
 * exception types off the remoting channel). No decisions about benchmarks are made here.
 */
final class EngineAdapter implements Engine {

    static final EngineAdapter INSTANCE = new EngineAdapter();

    /** Verdict names in the engine's order (io.vnfbench.engine.verify.Verdict). */
    static final List<String> VERDICTS = List.of("PASS", "REGRESSION", "IMPROVEMENT", "INCONCLUSIVE", "NO_BASELINE", "SKIPPED",
            "ERROR");
    /** Test keys drawn on one trend chart; more would be unreadable at 500 pixels. */
    static final int MAX_SERIES_PER_CHART = 8;
    /** Profile/matrix charts per build page. */
    static final int MAX_BUILD_CHARTS = 12;

    private EngineAdapter() {
    }

    static String writeRequest(AgentRequest request) {
        return Documents.writeJson(request);
    }

    static AgentRequest readRequest(String json) throws IOException {
        try {
            return Documents.read("vnfBenchmark request", json, AgentRequest.class).value();
        } catch (DocumentException e) {
            throw new AbortException("vnfBenchmark request: " + e.getMessage());
        }
    }

    static String runOnAgent(AgentRequest request, Path workspace, Consumer<String> progress) throws IOException, InterruptedException {
        throw new AbortException("vnfBenchmark: the engine's run entry point is not wired into this build of the plugin");
    }

    @Override
    public GateReport evaluate(Path vnfbrFile, Evaluation evaluation, Path dir) throws IOException {
        VnfBr br = readVnfBr(vnfbrFile);
        RunSummaryBuilder builder = ProfileSummariser.builder(br, evaluation.runId(), evaluation.runNumber());
        String verdict = BenchmarkSummary.NOT_GATED;
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        if (evaluation.settings().mode() == StepSettings.Mode.VERIFICATION) {
            throw new AbortException("vnfBenchmark: the engine's gate is not wired into this build of the plugin; "
                    + "use mode: 'benchmarking'");
        }
        RunSummary summary = builder.build();
        Files.writeString(dir.resolve(StoredResult.SUMMARY_FILE), RunSummaryJson.write(summary));
        return new GateReport(verdict, counts, failed, "", charts(summary, dir));
    }

    /** The verdict table, from the run summary the gate's verdicts were recorded in. */
    @Override
    public List<VerdictRow> readRows(Path dir) throws IOException {
        RunSummary summary = readSummary(dir.resolve(StoredResult.SUMMARY_FILE));
        List<VerdictRow> rows = new ArrayList<>();
        for (MetricSummary m : summary.metrics()) {
            double median = m.statistics().median();
            double base = m.baselineMedian();
            String change = Double.isNaN(base) || base == 0 || Double.isNaN(median)
                    ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * (median - base) / Math.abs(base));
            rows.add(new VerdictRow(m.key().testKey(), m.key().metricLabel() + unit(m.unit()),
                    m.verdict() == null ? BenchmarkSummary.NOT_GATED : m.verdict(),
                    m.baselineId() == null ? "" : m.baselineId(), Integer.toString(m.statistics().n()), number(base),
                    number(median), change, "", ""));
        }
        return rows;
    }

    @Override
    public List<String> trendMetrics(List<Path> summaries) throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        for (MetricKey k : chartedKeys(history(summaries))) {
            labels.add(k.metricLabel());
        }
        return new ArrayList<>(labels);
    }

    @Override
    public byte[] trendPng(List<Path> summaries, String metric, int width, int height) throws IOException {
        History history = history(summaries);
        List<MetricKey> keys = new ArrayList<>();
        for (MetricKey k : chartedKeys(history)) {
            if (k.metricLabel().equals(metric)) {
                keys.add(k);
            }
        }
        if (keys.isEmpty()) {
            throw new AbortException("no metric " + metric + " in these builds");
        }
        List<io.vnfbench.engine.trend.TrendSeries> series = new ArrayList<>();
        for (MetricKey k : keys.subList(0, Math.min(keys.size(), MAX_SERIES_PER_CHART))) {
            series.add(history.series(k));
        }
        String title = keys.size() > MAX_SERIES_PER_CHART
                ? metric + " (first " + MAX_SERIES_PER_CHART + " of " + keys.size() + " tests)" : metric;
        return TrendChart.render(series, new TrendChart.Options(new ChartSize(width, height), TrendChart.XAxisMode.RUN_NUMBER, 0,
                title));
    }

    /** Profile (and, with two numeric variables, matrix) charts of a run, one per metric, written into dir/charts. */
    private static List<String> charts(RunSummary summary, Path dir) throws IOException {
        Optional<RunViews.Layout> layout = RunViews.suggestLayout(summary);
        List<String> names = new ArrayList<>();
        if (layout.isEmpty()) {
            return names;
        }
        Path chartDir = Files.createDirectories(dir.resolve("charts"));
        Set<MetricKey> metrics = new LinkedHashSet<>();
        for (MetricSummary m : summary.metrics()) {
            metrics.add(new MetricKey("", m.key().source(), m.key().metric()));
        }
        int i = 0;
        for (MetricKey k : metrics) {
            if (names.size() >= MAX_BUILD_CHARTS) {
                break;
            }
            i++;
            RunViews.Layout l = layout.get();
            Profile profile = RunViews.profile(summary, k.source(), k.metric(), l.xVariable(), l.seriesVariable(), Map.of());
            String name = "profile-" + i + ".png";
            Files.write(chartDir.resolve(name), ProfileChart.render(profile, ChartSize.SMALL, k.metricLabel()));
            names.add(name);
            if (l.rowVariable() != null) {
                Matrix matrix = RunViews.matrix(summary, k.source(), k.metric(), l.rowVariable(), l.xVariable(), Map.of());
                String m = "matrix-" + i + ".png";
                Files.write(chartDir.resolve(m), MatrixChart.render(matrix, ChartSize.SMALL, k.metricLabel()));
                names.add(m);
            }
        }
        return names;
    }

    private static SortedSet<MetricKey> chartedKeys(History history) {
        SortedSet<MetricKey> gated = history.gatedMetricKeys();
        return gated.isEmpty() ? history.metricKeys() : gated;
    }

    private static History history(List<Path> summaries) throws IOException {
        List<RunSummary> runs = new ArrayList<>();
        for (Path p : summaries) {
            runs.add(readSummary(p));
        }
        return History.ordered(runs);
    }

    private static RunSummary readSummary(Path file) throws IOException {
        try {
            return RunSummaryJson.read(file);
        } catch (DocumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static VnfBr readVnfBr(Path file) throws IOException {
        try {
            return Documents.read(file, VnfBr.class).value();
        } catch (DocumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String unit(String u) {
        return u.isEmpty() ? "" : " [" + u + "]";
    }
}
