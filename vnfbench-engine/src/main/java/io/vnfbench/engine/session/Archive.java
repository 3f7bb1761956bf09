package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.render.ChartSize;
import io.vnfbench.engine.render.HtmlReport;
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
import io.vnfbench.engine.trend.RunSummaryJson;
import io.vnfbench.engine.trend.RunViews;
import io.vnfbench.engine.trend.TrendSeries;
import io.vnfbench.engine.verify.Baseline;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * A run as a CI server keeps it, and the pages drawn from what it kept: in one directory per run, the VNF-BR (with its
 * verdicts when gated), {@value #VERIFICATION_FILE} (the verdicts alone), {@value #SUMMARY_FILE} (the run summary that
 * trends are drawn from), the HTML report in {@value #REPORT_DIR}/ and profile and matrix charts in
 * {@value #CHARTS_DIR}/. The Jenkins step keeps one such directory per call; its pages read them back through here.
 */
public final class Archive {
    public static final String VNFBR_FILE = "vnf-br.json";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String VERIFICATION_FILE = "verification.json";
    public static final String REPORT_DIR = Reports.REPORT_DIR;
    public static final String CHARTS_DIR = "charts";
    /** Test keys drawn on one trend chart; more would be unreadable at 500 pixels. */
    public static final int MAX_SERIES_PER_CHART = 8;
    /** Profile and matrix charts kept per run. */
    public static final int MAX_RUN_CHARTS = 12;

    private Archive() {
    }

    /**
     * What {@link Benchmarks#archive} kept.
     *
     * @param gate    the gate's decision; null when the run was not gated
     * @param passing whether the run may be a later run's baseline: it has no error and its gate, if any, did not
     *                fail ({@link GateDecision#passing()}; a run that was not gated passes unless it has an error)
     * @param report  the HTML report relative to the directory, empty when it could not be written
     * @param charts  chart file names in {@value #CHARTS_DIR}/
     */
    public record Kept(@CheckForNull GateDecision gate, boolean passing, String report, List<String> charts) {
        public Kept {
            charts = List.copyOf(charts);
        }

        public Optional<GateDecision> gateIfAny() {
            return Optional.ofNullable(gate);
        }
    }

    /**
     * Reserves the first free numbered run directory in {@code parent} from {@code first} on ({@code parent/1},
     * {@code parent/2}, ...) by creating it, and returns its number: two runs kept at the same time never share one.
     */
    public static int reserve(Path parent, int first) throws IOException {
        Files.createDirectories(parent);
        for (int n = first; ; n++) {
            try {
                Files.createDirectory(parent.resolve(Integer.toString(n)));
                return n;
            } catch (FileAlreadyExistsException taken) {
                // another run holds it
            }
        }
    }

    static Kept keep(GateUseCase gates, Path dir, String runId, long runNumber, GateRequest gate)
            throws InvalidInputException, NotComparableException, IOException {
        Path file = dir.resolve(VNFBR_FILE);
        VnfBr br = read(file);
        GateDecision decision = null;
        if (gate != null) {
            GateUseCase.Evaluated e = gates.evaluate(br, file.toString(), gate, file, List.of());
            decision = e.decision();
            br = e.verified();
            Files.writeString(dir.resolve(VERIFICATION_FILE), decision.json());
        }
        RunSummary summary = ProfileSummariser.summarise(br, runId, runNumber);
        Files.writeString(dir.resolve(SUMMARY_FILE), RunSummaryJson.write(summary));
        String report = "";
        try {
            HtmlReport.write(History.ordered(List.of(summary)), br, HtmlReport.Options.defaults(),
                    dir.resolve(REPORT_DIR));
            report = REPORT_DIR + "/index.html";
        } catch (IOException | RuntimeException e) {
            // the verdicts and charts stand without the report; the page then offers no report link
        }
        return new Kept(decision, new Baseline.Run(runId, br).passing(), report,
                charts(summary, dir.resolve(CHARTS_DIR)));
    }

    /**
     * The verdict table a run's directory holds: the gate's rows when it was gated, else one line per metric; none when
     * its files are gone.
     */
    public static List<VerdictLine> rows(Path dir) throws InvalidInputException {
        Path verification = dir.resolve(VERIFICATION_FILE);
        Path summary = dir.resolve(SUMMARY_FILE);
        try {
            if (Files.isRegularFile(verification)) {
                return VerdictLine.of(Documents.read(verification, VerificationResult.class).value());
            }
            return Files.isRegularFile(summary) ? VerdictLine.of(RunSummaryJson.read(summary)) : List.of();
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** The metrics with a trend over these runs' summaries: the gated ones, or all when none is gated. */
    public static List<String> trendMetrics(List<Path> summaries) throws InvalidInputException {
        Set<String> labels = new LinkedHashSet<>();
        for (MetricKey k : charted(history(summaries))) {
            labels.add(k.metricLabel());
        }
        return new ArrayList<>(labels);
    }

    /**
     * A trend chart of one metric ({@code source/metric}) over the runs (oldest first), one line per Test key (at most
     * {@value #MAX_SERIES_PER_CHART}), as a PNG.
     *
     * @throws IllegalArgumentException when no run has the metric
     */
    public static byte[] trendPng(List<Path> summaries, String metric, int width, int height)
            throws InvalidInputException {
        History history = history(summaries);
        List<MetricKey> keys = charted(history).stream().filter(k -> k.metricLabel().equals(metric)).toList();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no metric " + metric + " in these runs");
        }
        List<TrendSeries> series = new ArrayList<>();
        for (MetricKey k : keys.subList(0, Math.min(keys.size(), MAX_SERIES_PER_CHART))) {
            series.add(history.series(k));
        }
        String title = keys.size() > MAX_SERIES_PER_CHART
                ? metric + " (first " + MAX_SERIES_PER_CHART + " of " + keys.size() + " tests)" : metric;
        return TrendChart.render(series, new TrendChart.Options(new ChartSize(width, height),
                TrendChart.XAxisMode.RUN_NUMBER, 0, title));
    }

    /** Profile (and, with two numeric variables, matrix) charts of a run, one per metric. */
    private static List<String> charts(RunSummary summary, Path chartDir) throws IOException {
        Optional<RunViews.Layout> layout = RunViews.suggestLayout(summary);
        List<String> names = new ArrayList<>();
        if (layout.isEmpty()) {
            return names;
        }
        Files.createDirectories(chartDir);
        Set<MetricKey> metrics = new LinkedHashSet<>();
        for (MetricSummary m : summary.metrics()) {
            metrics.add(new MetricKey("", m.key().source(), m.key().metric()));
        }
        RunViews.Layout l = layout.get();
        int i = 0;
        for (MetricKey k : metrics) {
            if (names.size() >= MAX_RUN_CHARTS) {
                break;
            }
            i++;
            Profile profile = RunViews.profile(summary, k.source(), k.metric(), l.xVariable(), l.seriesVariable(),
                    Map.of());
            String name = "profile-" + i + ".png";
            Files.write(chartDir.resolve(name), ProfileChart.render(profile, ChartSize.SMALL, k.metricLabel()));
            names.add(name);
            if (l.rowVariable() != null) {
                Matrix matrix = RunViews.matrix(summary, k.source(), k.metric(), l.rowVariable(), l.xVariable(),
                        Map.of());
                String m = "matrix-" + i + ".png";
                Files.write(chartDir.resolve(m), MatrixChart.render(matrix, ChartSize.SMALL, k.metricLabel()));
                names.add(m);
            }
        }
        return names;
    }

    private static SortedSet<MetricKey> charted(History history) {
        SortedSet<MetricKey> gated = history.gatedMetricKeys();
        return gated.isEmpty() ? history.metricKeys() : gated;
    }

    private static History history(List<Path> summaries) throws InvalidInputException {
        List<RunSummary> runs = new ArrayList<>();
        try {
            for (Path p : summaries) {
                runs.add(RunSummaryJson.read(p));
            }
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        return History.ordered(runs);
    }

    private static VnfBr read(Path file) throws InvalidInputException {
        try {
            return Documents.read(file, VnfBr.class).value();
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
    }
}
