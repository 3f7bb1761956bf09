package io.vnfbench.jenkins;

import hudson.AbortException;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanException;
import io.vnfbench.engine.render.ChartSize;
import io.vnfbench.engine.render.HtmlReport;
import io.vnfbench.engine.render.MatrixChart;
import io.vnfbench.engine.render.ProfileChart;
import io.vnfbench.engine.render.TrendChart;
import io.vnfbench.engine.run.FileRun;
import io.vnfbench.engine.run.Progress;
import io.vnfbench.engine.run.ProgressListener;
import io.vnfbench.engine.run.RunResult;
import io.vnfbench.engine.run.RunValidationException;
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
import io.vnfbench.engine.verify.Baseline;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.GateSpecException;
import io.vnfbench.engine.verify.NoBaselineException;
import io.vnfbench.engine.verify.OverallVerdict;
import io.vnfbench.engine.verify.Verifier;
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

    /** The gate's verdict table as written into the VNF-BR ({@code verification.result}). */
    static final String VERIFICATION_FILE = "verification.json";
    /** The HTML report's directory (index.html and its images). */
    static final String REPORT_DIR = "report";

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

    /**
     * On the agent: runs the request's VNF-BR from the workspace and returns the output VNF-BR as JSON. A kubeconfig
     * from a credential lives in an owner-only temporary file for the duration of the run.
     */
    static String runOnAgent(AgentRequest request, Path workspace, Consumer<String> progress) throws IOException, InterruptedException {
        Path input = workspace.resolve(request.vnfbr()).normalize();
        if (!Files.isRegularFile(input)) {
            throw new AbortException("VNF-BR '" + request.vnfbr() + "' not found in the workspace " + workspace);
        }
        Path kubeconfig = null;
        try {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (!request.kubeconfig().isEmpty()) {
                kubeconfig = Files.createTempFile("vnfbench-kubeconfig", ".yaml", ownerOnly());
                Files.writeString(kubeconfig, request.kubeconfig());
                parameters.put("kubeconfig", kubeconfig.toString());
            }
            putIfSet(parameters, "context", request.context());
            putIfSet(parameters, "namespace", request.namespace());
            putIfSet(parameters, "namespace-prefix", request.namespacePrefix());
            FileRun.Request run = new FileRun.Request(input, workspace.resolve(request.outputVnfbr()), request.environment(),
                    parameters, request.resume());
            RunResult result = FileRun.runInterruptibly(run, new ProgressLines(progress));
            progress.accept("run " + result.status().name().toLowerCase(Locale.ROOT) + ": " + result.trialsRun() + " Trial(s) run, "
                    + result.trialsResumed() + " resumed, " + result.failedEvaluations() + " failed evaluation(s); written to "
                    + request.outputVnfbr());
            return Documents.writeJson(result.vnfbr());
        } catch (DocumentException | PlanException | RunValidationException e) {
            throw new AbortException(e.getMessage());
        } catch (RuntimeException e) {
            // engine runtime exceptions (unknown environment, bad orchestrator parameter) must not cross the channel
            throw new AbortException(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (kubeconfig != null) {
                Files.deleteIfExists(kubeconfig);
            }
        }
    }

    private static void putIfSet(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[] {
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))};
        }
        return new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** Manager progress as build-log lines: one per Trial, plus warnings. */
    private static final class ProgressLines implements ProgressListener {
        private final Consumer<String> out;

        ProgressLines(Consumer<String> out) {
            this.out = out;
        }

        @Override
        public void runStarted(Progress p) {
            out.accept(p.instances() + " instance(s), " + p.trialsTotal() + " Trial(s) in all");
        }

        @Override
        public void trialStarted(Progress p) {
            out.accept(String.format(Locale.ROOT, "instance %d/%d [%s] Test %d/%d Trial %d/%d (%d of %d done%s)", p.instance(),
                    p.instances(), p.testKey(), p.test(), p.tests(), p.trial(), p.trials(), p.trialsDone(), p.trialsTotal(),
                    p.remainingIfKnown().map(d -> ", about " + d.toSeconds() + " s left").orElse("")));
        }

        @Override
        public void trialSkipped(Progress p) {
            out.accept("instance " + p.instance() + " Test " + p.test() + " Trial " + p.trial() + " already done (resumed)");
        }

        @Override
        public void warning(String message) {
            out.accept("warning: " + message);
        }
    }

    @Override
    public GateReport evaluate(Path vnfbrFile, Evaluation evaluation, Path dir) throws IOException {
        VnfBr br = readVnfBr(vnfbrFile);
        RunSummaryBuilder builder = ProfileSummariser.builder(br, evaluation.runId(), evaluation.runNumber());
        String verdict = BenchmarkSummary.NOT_GATED;
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        if (evaluation.settings().mode() == StepSettings.Mode.VERIFICATION) {
            GateSpec spec = gateSpec(br, evaluation.settings().gate());
            Baseline baseline;
            try {
                baseline = BuildBaselineProvider.of(evaluation.baselines(), evaluation.settings().baseline(),
                        evaluation.baselineNote()).baseline();
            } catch (NoBaselineException e) {
                // nothing to compare with: every row becomes NO_BASELINE, absolute bounds still apply
                baseline = Baseline.single(new Baseline.Run(e.getMessage(), br.withOutputs(List.of())));
            }
            io.vnfbench.engine.verify.GateReport report = Verifier.verify(br, spec, baseline);
            verdict = OverallVerdict.of(report, spec).name();
            for (String v : VERDICTS) {
                counts.put(v, 0);
            }
            report.counts().forEach((v, n) -> counts.put(v.name(), n));
            for (io.vnfbench.engine.verify.VerdictRow r : report.rows()) {
                boolean bad = r.verdict() == Verdict.REGRESSION || r.verdict() == Verdict.ERROR;
                if (bad && !failed.contains(r.testKey())) {
                    failed.add(r.testKey());
                }
                MetricKey key = new MetricKey(r.testKey(), r.selector().source(), r.selector().metric());
                builder.verdict(key, r.direction(), r.verdict(), report.baselineId(), r.baselineMedian());
            }
            builder.gate(report.result());
            String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            VerificationResult result = report.toResult(now);
            Files.writeString(dir.resolve(VERIFICATION_FILE), Documents.writeJson(result));
            // the stored VNF-BR carries its own verdicts, so later builds know whether it passed
            Verification section = br.verification() == null ? null : br.verification().withResult(result);
            if (section != null) {
                Documents.writeAtomically(vnfbrFile, br.withVerification(section));
            }
        }
        RunSummary summary = builder.build();
        Files.writeString(dir.resolve(StoredResult.SUMMARY_FILE), RunSummaryJson.write(summary));
        String report = "";
        try {
            HtmlReport.write(History.ordered(List.of(summary)), readVnfBr(vnfbrFile), HtmlReport.Options.defaults(),
                    dir.resolve(REPORT_DIR));
            report = REPORT_DIR + "/index.html";
        } catch (IOException | RuntimeException e) {
            // the verdicts and charts stand without the report; the page simply offers no report link
        }
        return new GateReport(verdict, counts, failed, report, charts(summary, dir));
    }

    /** The verdict table: the gate's own rows when it ran, else one row per metric from the run summary. */
    @Override
    public List<VerdictRow> readRows(Path dir) throws IOException {
        Path verification = dir.resolve(VERIFICATION_FILE);
        if (Files.isRegularFile(verification)) {
            VerificationResult result;
            try {
                result = Documents.read(verification, VerificationResult.class).value();
            } catch (DocumentException e) {
                throw new AbortException(e.getMessage());
            }
            List<VerdictRow> rows = new ArrayList<>();
            for (VerificationResult.VerdictEntry v : result.verdicts()) {
                rows.add(new VerdictRow(v.testKey(), v.gate() + " (" + v.source() + "/" + v.metric() + ", " + v.direction() + ")",
                        v.verdict(), result.baseline(), v.baselineSamples() + "/" + v.candidateSamples(), text(v.baselineMedian()),
                        text(v.candidateMedian()), percent(v.change()), text(v.pValue()), text(v.limit())));
            }
            return rows;
        }
        RunSummary summary = readSummary(dir.resolve(StoredResult.SUMMARY_FILE));
        List<VerdictRow> rows = new ArrayList<>();
        for (MetricSummary m : summary.metrics()) {
            double median = m.statistics().median();
            double base = m.baselineMedian();
            String change = Double.isNaN(base) || base == 0 || Double.isNaN(median)
                    ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * (median - base) / Math.abs(base));
            rows.add(new VerdictRow(m.key().testKey(), m.key().metricLabel() + unit(m.unit()),
                    m.verdict() == null ? BenchmarkSummary.NOT_GATED : m.verdict().name(),
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

    /** The VNF-BR's gate with the step's overrides applied (fewer metrics, other tolerance/confidence/min samples). */
    static GateSpec gateSpec(VnfBr br, StepSettings.GateOverrides o) throws IOException {
        Verification v = br.verification();
        if (v == null || v.metrics().isEmpty()) {
            throw new AbortException("verification mode needs the VNF-BR's 'verification' section with at least one gated metric "
                    + "(docs/verification.md); use mode: 'benchmarking' to record profiles only");
        }
        List<GatedMetric> metrics = v.metrics();
        if (!o.metrics().isEmpty()) {
            List<String> known = new ArrayList<>();
            metrics.forEach(m -> known.add(m.name()));
            for (String name : o.metrics()) {
                if (!known.contains(name)) {
                    throw new AbortException("metrics: '" + name + "' is not a gated metric of the VNF-BR; gated: " + known);
                }
            }
            metrics = metrics.stream().filter(m -> o.metrics().contains(m.name())).toList();
        }
        if (o.tolerance() != null || o.confidence() != null || o.minSamples() != null) {
            List<GatedMetric> overridden = new ArrayList<>();
            for (GatedMetric m : metrics) {
                overridden.add(new GatedMetric(m.name(), m.source(), m.metric(), m.agent(), m.tests(), m.direction(),
                        o.tolerance() != null ? Double.toString(o.tolerance()) : m.tolerance(), m.detect(),
                        o.confidence() != null ? Double.toString(o.confidence()) : m.confidence(), m.power(),
                        o.minSamples() != null ? Long.valueOf(o.minSamples()) : m.minSamples(), m.method(), m.statistic(),
                        m.atLeast(), m.atMost()));
            }
            metrics = overridden;
        }
        Verification effective = new Verification(metrics, o.tolerance() != null ? Double.toString(o.tolerance()) : v.tolerance(),
                v.detect(), o.confidence() != null ? Double.toString(o.confidence()) : v.confidence(), v.power(),
                o.minSamples() != null ? Long.valueOf(o.minSamples()) : v.minSamples(), v.maxSamples(), v.method(), v.errorsFail(),
                v.strict(), null);
        try {
            return GateSpec.from(effective);
        } catch (GateSpecException e) {
            throw new AbortException("verification: " + String.join("; ", e.problems()));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String percent(String fraction) {
        if (fraction == null || fraction.isEmpty()) {
            return "";
        }
        try {
            return String.format(Locale.ROOT, "%+.2f %%", 100 * Double.parseDouble(fraction));
        } catch (NumberFormatException e) {
            return fraction;
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String unit(String u) {
        return u.isEmpty() ? "" : " [" + u + "]";
    }
}
