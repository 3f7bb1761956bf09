package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.Matrix;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.MetricSummary;
import io.vnfbench.engine.trend.Profile;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.trend.RunViews;
import io.vnfbench.engine.trend.SampleStatistics;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The self-contained HTML report: {@code index.html} with its PNG charts beside it, readable offline and without
 * JavaScript. Sections: header (VNF, environment, provenance), the gate's verdicts, profile and matrix charts of the
 * newest run, trend charts per gated metric, and the newest run's numbers. Every piece of user text is escaped.
 * The output depends only on the input (no generation time), so reports can be compared.
 */
public final class HtmlReport {
    static final ChartSize PROFILE_SIZE = new ChartSize(900, 420);
    static final ChartSize MATRIX_SIZE = new ChartSize(900, 380);
    static final ChartSize TREND_SIZE = new ChartSize(900, 320);
    private static final int MAX_TRENDS = 48;
    private static final int MAX_DEFAULT_METRICS = 2;

    private HtmlReport() {
    }

    /**
     * @param metrics        metric names (or source/metric) to draw profiles and matrices of; empty picks the
     *                       gated metrics, else the two throughput-like metrics measured on most test keys
     * @param xVariable      nullable: the profile's x axis and the matrix columns; chosen per metric when null
     * @param seriesVariable nullable: one profile line per value of it
     * @param rowVariable    nullable: the matrix rows
     * @param maxChartsPerMetric at most this many profiles and this many matrices per metric
     * @param trendAxis      trends by run number or by date
     */
    public record Options(List<String> metrics, @CheckForNull String xVariable, @CheckForNull String seriesVariable, @CheckForNull String rowVariable,
            int maxChartsPerMetric, TrendChart.XAxisMode trendAxis) {
        public Options {
            metrics = List.copyOf(metrics);
            Objects.requireNonNull(trendAxis, "trendAxis");
            if (maxChartsPerMetric < 1) {
                throw new IllegalArgumentException("maxChartsPerMetric must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(List.of(), null, null, null, 8, TrendChart.XAxisMode.RUN_NUMBER);
        }
    }

    /** What was written. */
    public record Result(Path index, List<Path> images, List<String> notes) {
    }

    /**
     * Writes the report into {@code outDir} (created when missing; files of the same names are replaced).
     *
     * @param newest nullable: the newest run's full VNF-BR, for the header and provenance
     */
    public static Result write(History history, @CheckForNull VnfBr newest, Options options, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Writer w = new Writer(history, newest, options, outDir);
        String html = w.document();
        Path index = outDir.resolve("index.html");
        Path tmp = outDir.resolve("index.html.tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(index, List.copyOf(w.images), List.copyOf(w.notes));
    }

    private static final class Writer {
        private final History history;
        private final VnfBr br;
        private final Options options;
        private final Path dir;
        private final List<Path> images = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private final Map<String, Integer> counters = new HashMap<>();

        Writer(History history, VnfBr br, Options options, Path dir) {
            this.history = history;
            this.br = br;
            this.options = options;
            this.dir = dir;
        }

        String document() throws IOException {
            Optional<RunSummary> newest = history.newest();
            String vnf = newest.map(RunSummary::vnf).filter(s -> !s.isEmpty())
                    .orElse(br != null && br.name() != null ? br.name() : "");
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>vnfbench report").append(vnf.isEmpty() ? "" : ": " + Html.esc(vnf))
                    .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
            out.append("<h1>vnfbench report").append(vnf.isEmpty() ? "" : ": " + Html.esc(vnf)).append("</h1>\n");
            out.append("<nav><a href=\"#verdicts\">Verdicts</a> · <a href=\"#profiles\">Profiles</a> · "
                    + "<a href=\"#matrices\">Matrices</a> · <a href=\"#trends\">Trends</a> · "
                    + "<a href=\"#numbers\">Numbers</a></nav>\n");
            header(newest);
            if (newest.isEmpty()) {
                out.append("<p class=\"note\">The history holds no runs: there is nothing to report.</p>\n");
            } else {
                RunSummary run = newest.get();
                List<MetricKey> chosen = chooseMetrics(run);
                verdicts(run);
                profilesAndMatrices(run, chosen);
                trends(run, chosen);
                numbers(run);
            }
            out.append("<footer>Written by vnfbench from ").append(history.runs().size())
                    .append(history.runs().size() == 1 ? " run" : " runs")
                    .append(". Charts: median with min–max across Trials.</footer>\n</body>\n</html>\n");
            return out.toString();
        }

        private void header(Optional<RunSummary> newest) {
            out.append("<section id=\"header\"><table class=\"facts\">\n");
            Map<String, String> facts = new LinkedHashMap<>();
            newest.ifPresent(run -> {
                facts.put("VNF", run.vnf());
                facts.put("Environment", run.environment());
            });
            if (br != null) {
                if (br.vnf() != null) {
                    facts.put("VNF description", br.vnf().description());
                    facts.put("VNF author", br.vnf().author());
                }
                Environment env = br.environment();
                if (env != null) {
                    facts.put("Environment description", env.description());
                }
                facts.put("VNF-BR", join(" · ", br.id(), br.name(), br.version()));
                facts.put("Description", br.description());
                facts.put("Author", br.author());
                if (br.timestamp() != null) {
                    facts.put("Run time", join(" – ", br.timestamp().start(), br.timestamp().stop()));
                }
                if (br.error() != null) {
                    facts.put("Run error", br.error());
                }
                facts.put("Tools", tools(br));
                facts.put("Variables", variables(br));
            }
            int runs = history.runs().size();
            facts.put("Runs in history", runs < 2 ? Integer.toString(runs) : runs + " ("
                    + history.runs().get(0).runId() + " … " + history.runs().get(runs - 1).runId() + ")");
            newest.ifPresent(run -> {
                facts.put("Newest run", join(" · ", run.runId(),
                        run.runNumber() == null ? null : "#" + run.runNumber(),
                        run.timestamp() == null ? null : run.timestamp().toString()));
                facts.put("Gate", switch (run.gate()) {
                    case PASSED -> "passed";
                    case FAILED -> "FAILED";
                    case NOT_GATED -> run.isGated() ? "verdicts present" : "not gated";
                });
            });
            facts.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    out.append("<tr><th>").append(Html.esc(k)).append("</th><td")
                            .append(k.equals("Gate") && v.equals("FAILED") ? " class=\"bad\"" : "").append('>')
                            .append(Html.esc(v)).append("</td></tr>\n");
                }
            });
            out.append("</table></section>\n");
        }

        private void verdicts(RunSummary run) {
            out.append("<section id=\"verdicts\"><h2>Gate verdicts</h2>\n");
            if (br != null && br.verification() != null && br.verification().result() != null
                    && !br.verification().result().verdicts().isEmpty()) {
                gateTable(br.verification().result());
                return;
            }
            List<MetricSummary> gated = run.metrics().stream().filter(m -> m.verdict() != null).toList();
            if (gated.isEmpty()) {
                out.append("<p class=\"note\">The newest run carries no verdicts: it was not gated "
                        + "(<code>vnfbench verify</code> adds them).</p>\n</section>\n");
                return;
            }
            Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
            gated.forEach(m -> counts.merge(m.verdict(), 1, Integer::sum));
            out.append("<p>");
            counts.forEach((v, n) -> out.append("<span class=\"v ").append(verdictClass(v)).append("\">")
                    .append(v.name()).append("</span> ").append(n).append(" &nbsp; "));
            out.append("</p>\n<table class=\"data\">\n<thead><tr><th>test</th><th>metric</th><th>direction</th>"
                    + "<th>n</th><th>median</th><th>baseline</th><th>baseline median</th><th>change</th>"
                    + "<th>verdict</th></tr></thead>\n<tbody>\n");
            for (MetricSummary m : gated) {
                SampleStatistics s = m.statistics();
                double change = Double.isFinite(m.baselineMedian()) && m.baselineMedian() != 0
                        && Double.isFinite(s.median()) ? (s.median() - m.baselineMedian()) / m.baselineMedian()
                        * 100 : Double.NaN;
                out.append("<tr><td>").append(Html.esc(m.key().testKey())).append("</td><td>")
                        .append(Html.esc(m.key().metricLabel())).append(unitSuffix(m.unit())).append("</td><td>")
                        .append(m.direction() == null ? "" : Html.esc(m.direction().keyword())).append("</td>")
                        .append(num(s.n())).append(num(s.median())).append("<td>")
                        .append(Html.esc(m.baselineId())).append("</td>").append(num(m.baselineMedian()))
                        .append("<td class=\"n\">").append(Double.isFinite(change)
                                ? String.format(Locale.ROOT, "%+.2f %%", change) : "").append("</td>")
                        .append("<td><span class=\"v ").append(verdictClass(m.verdict())).append("\">")
                        .append(m.verdict().name()).append("</span></td></tr>\n");
            }
            out.append("</tbody></table></section>\n");
        }

        /** The gate's own table, as {@code vnfbench verify} wrote it into the VNF-BR: every verdict explained. */
        private void gateTable(VerificationResult result) {
            out.append("<p>Gate <span class=\"v ").append("failed".equalsIgnoreCase(result.gate()) ? "bad" : "ok")
                    .append("\">").append(Html.esc(result.gate())).append("</span>");
            if (result.baseline() != null) {
                out.append(" against baseline <code>").append(Html.esc(result.baseline())).append("</code>");
            }
            if (result.timestamp() != null) {
                out.append(", verified ").append(Html.esc(result.timestamp()));
            }
            out.append("</p>\n");
            if (!result.warnings().isEmpty()) {
                // <details> folds a long list without JavaScript.
                out.append("<details><summary>").append(result.warnings().size())
                        .append(result.warnings().size() == 1 ? " warning" : " warnings")
                        .append("</summary><ul class=\"warnings\">\n");
                for (String warning : result.warnings()) {
                    out.append("<li>").append(Html.esc(warning)).append("</li>\n");
                }
                out.append("</ul></details>\n");
            }
            out.append("<div class=\"wide\"><table class=\"data\">\n<thead><tr><th>test</th><th>gate</th><th>metric</th><th>better</th>"
                    + "<th>method</th><th>n base/cand</th><th>baseline median</th><th>candidate median</th>"
                    + "<th>change</th><th>p-value</th><th>limit</th><th>verdict</th><th>reason</th></tr></thead>\n"
                    + "<tbody>\n");
            for (VerificationResult.VerdictEntry v : result.verdicts()) {
                String change = v.change();
                double c = io.vnfbench.engine.trend.VariableValues.parseNumber(change);
                if (Double.isFinite(c)) {
                    change = String.format(Locale.ROOT, "%+.2f %%", c * 100);
                }
                out.append("<tr><td>").append(Html.esc(v.testKey())).append("</td><td>").append(Html.esc(v.gate()))
                        .append("</td><td>").append(Html.esc(join("/", v.source(), v.metric()))).append("</td><td>")
                        .append(Html.esc(v.direction())).append("</td><td>").append(Html.esc(v.method()))
                        .append("</td><td class=\"n\">").append(v.baselineSamples() == null ? "" : v.baselineSamples())
                        .append(" / ").append(v.candidateSamples() == null ? "" : v.candidateSamples())
                        .append("</td><td class=\"n\">").append(Html.esc(v.baselineMedian()))
                        .append("</td><td class=\"n\">").append(Html.esc(v.candidateMedian()))
                        .append("</td><td class=\"n\">").append(Html.esc(change))
                        .append("</td><td class=\"n\">").append(Html.esc(v.pValue()))
                        .append("</td><td>").append(Html.esc(v.limit())).append("</td><td><span class=\"v ")
                        .append(verdictClass(Verdict.find(v.verdict()).orElse(null))).append("\">").append(Html.esc(v.verdict()))
                        .append("</span></td><td class=\"reason\">").append(Html.esc(v.reason()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table></div></section>\n");
        }

        private void profilesAndMatrices(RunSummary run, List<MetricKey> chosen) throws IOException {
            StringBuilder profiles = new StringBuilder();
            StringBuilder matrices = new StringBuilder();
            List<String> declared = br == null || br.inputs() == null ? List.of()
                    : br.inputs().variables().stream().map(Variable::name).toList();
            for (MetricKey metric : chosen) {
                Optional<RunViews.Layout> suggested = RunViews.suggestLayout(run, metric.source(), metric.metric(),
                        declared);
                String x = options.xVariable() != null ? options.xVariable()
                        : suggested.map(RunViews.Layout::xVariable).orElse(null);
                if (x == null) {
                    profiles.append("<p class=\"note\">").append(Html.esc(metric.metricLabel()))
                            .append(": no numeric variable with two or more values to draw it against.</p>\n");
                    continue;
                }
                String series = options.seriesVariable() != null ? options.seriesVariable()
                        : suggested.map(RunViews.Layout::seriesVariable).orElse(null);
                String rows = options.rowVariable() != null ? options.rowVariable()
                        : suggested.map(RunViews.Layout::rowVariable).orElse(null);
                if (Objects.equals(series, x)) {
                    series = null;
                }
                List<String> rest = otherVariables(run, metric, x, series);
                List<Map<String, String>> combos = RunViews.combinations(run, metric.source(), metric.metric(), rest);
                int shown = 0;
                for (Map<String, String> fixed : combos) {
                    if (shown++ >= options.maxChartsPerMetric()) {
                        profiles.append(omitted(combos.size() - options.maxChartsPerMetric(), "profile"));
                        break;
                    }
                    Profile p = RunViews.profile(run, metric.source(), metric.metric(), x, series, fixed);
                    profiles.append(image("profile", ProfileChart.render(p, PROFILE_SIZE, null), PROFILE_SIZE,
                            "profile of " + metric.metricLabel() + " against " + x + " " + fixed));
                }
                if (rows == null || rows.equals(x)) {
                    continue;
                }
                List<String> restM = otherVariables(run, metric, x, rows);
                List<Map<String, String>> combosM = RunViews.combinations(run, metric.source(), metric.metric(),
                        restM);
                shown = 0;
                for (Map<String, String> fixed : combosM) {
                    if (shown++ >= options.maxChartsPerMetric()) {
                        matrices.append(omitted(combosM.size() - options.maxChartsPerMetric(), "matrix"));
                        break;
                    }
                    Matrix m = RunViews.matrix(run, metric.source(), metric.metric(), rows, x, fixed);
                    matrices.append(image("matrix", MatrixChart.render(m, MATRIX_SIZE, null), MATRIX_SIZE,
                            "heat map of " + metric.metricLabel() + " over " + rows + " and " + x + " " + fixed));
                }
            }
            out.append("<section id=\"profiles\"><h2>Newest run: profiles</h2>\n");
            out.append(profiles.length() == 0 ? "<p class=\"note\">No profile to draw: the run has no metric "
                    + "measured over a numeric variable.</p>\n" : profiles);
            out.append("</section>\n<section id=\"matrices\"><h2>Newest run: matrices</h2>\n");
            out.append(matrices.length() == 0 ? "<p class=\"note\">No matrix to draw: it needs two numeric "
                    + "variables.</p>\n" : matrices);
            out.append("</section>\n");
        }

        private void trends(RunSummary run, List<MetricKey> chosen) throws IOException {
            out.append("<section id=\"trends\"><h2>Trends</h2>\n");
            if (history.runs().size() < 2) {
                out.append("<p class=\"note\">One run in the history: trends need two or more "
                        + "(<code>--history DIR</code>).</p>\n</section>\n");
                return;
            }
            SortedSet<MetricKey> keys = history.gatedMetricKeys();
            if (keys.isEmpty()) {
                keys = new TreeSet<>();
                for (MetricSummary m : run.metrics()) {
                    for (MetricKey c : chosen) {
                        if (c.source().equals(m.key().source()) && c.metric().equals(m.key().metric())) {
                            keys.add(m.key());
                        }
                    }
                }
                out.append("<p class=\"note\">No run in the history was gated; showing the reported metrics.</p>\n");
            }
            int shown = 0;
            for (MetricKey key : keys) {
                if (shown++ >= MAX_TRENDS) {
                    out.append(omitted(keys.size() - MAX_TRENDS, "trend"));
                    break;
                }
                byte[] png = TrendChart.render(history.series(key),
                        new TrendChart.Options(TREND_SIZE, options.trendAxis(), 0, null));
                out.append(image("trend", png, TREND_SIZE, "trend of " + key.metricLabel() + " for "
                        + key.testKey()));
            }
            out.append("</section>\n");
        }

        private void numbers(RunSummary run) {
            out.append("<section id=\"numbers\"><h2>Numbers of the newest run</h2>\n<div class=\"wide\"><table class=\"data\">\n")
                    .append("<thead><tr><th>test</th><th>metric</th><th>unit</th><th>n</th><th>min</th>"
                            + "<th>median</th><th>max</th><th>mean</th><th>stdev</th></tr></thead>\n<tbody>\n");
            for (MetricSummary m : run.metrics()) {
                SampleStatistics s = m.statistics();
                out.append("<tr><td>").append(Html.esc(m.key().testKey())).append("</td><td>")
                        .append(Html.esc(m.key().metricLabel())).append("</td><td>").append(Html.esc(m.unit()))
                        .append("</td>").append(num(s.n())).append(num(s.min())).append(num(s.median()))
                        .append(num(s.max())).append(num(s.mean())).append(num(s.stdev())).append("</tr>\n");
            }
            out.append("</tbody></table></div></section>\n");
        }

        private List<MetricKey> chooseMetrics(RunSummary run) {
            Map<String, MetricKey> byLabel = new LinkedHashMap<>();
            Map<String, Integer> coverage = new HashMap<>();
            Map<String, String> units = new HashMap<>();
            for (MetricSummary m : run.metrics()) {
                MetricKey k = new MetricKey("", m.key().source(), m.key().metric());
                byLabel.putIfAbsent(k.metricLabel(), k);
                coverage.merge(k.metricLabel(), 1, Integer::sum);
                units.putIfAbsent(k.metricLabel(), m.unit());
            }
            if (!options.metrics().isEmpty()) {
                Set<MetricKey> picked = new LinkedHashSet<>();
                for (String wanted : options.metrics()) {
                    boolean found = false;
                    for (MetricKey k : byLabel.values()) {
                        if (k.metricLabel().equals(wanted) || k.metric().equals(wanted)) {
                            picked.add(k);
                            found = true;
                        }
                    }
                    if (!found) {
                        notes.add("metric '" + wanted + "' is not in the newest run");
                    }
                }
                return List.copyOf(picked);
            }
            Set<MetricKey> gated = new LinkedHashSet<>();
            run.metrics().stream().filter(m -> m.verdict() != null)
                    .forEach(m -> gated.add(new MetricKey("", m.key().source(), m.key().metric())));
            if (!gated.isEmpty()) {
                return List.copyOf(gated);
            }
            return byLabel.values().stream()
                    .sorted(Comparator.comparing((MetricKey k) -> unitRank(units.get(k.metricLabel())))
                            .thenComparing(k -> -coverage.get(k.metricLabel()))
                            .thenComparing(MetricKey::metricLabel))
                    .limit(MAX_DEFAULT_METRICS).toList();
        }

        private List<String> otherVariables(RunSummary run, MetricKey metric, String a, @CheckForNull String b) {
            SortedSet<String> names = new TreeSet<>();
            for (MetricSummary m : run.metrics()) {
                if (m.key().source().equals(metric.source()) && m.key().metric().equals(metric.metric())) {
                    names.addAll(io.vnfbench.engine.plan.TestKey.parse(m.key().testKey()).keySet());
                }
            }
            names.remove(a);
            if (b != null) {
                names.remove(b);
            }
            return List.copyOf(names);
        }

        private String image(String kind, byte[] png, ChartSize size, String alt) throws IOException {
            int n = counters.merge(kind, 1, Integer::sum);
            String name = String.format(Locale.ROOT, "%s-%03d.png", kind, n);
            Path file = dir.resolve(name);
            Files.write(file, png);
            images.add(file);
            return "<figure><img src=\"" + name + "\" width=\"" + size.width() + "\" height=\"" + size.height()
                    + "\" alt=\"" + Html.esc(alt) + "\"></figure>\n";
        }

        private static String omitted(int count, String what) {
            return "<p class=\"note\">" + count + " more " + what + (count == 1 ? "" : "s")
                    + " not drawn (raise the limit or pick variables).</p>\n";
        }
    }

    static int unitRank(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (u.equals("pps") || u.endsWith("pps")) {
            return 0;
        }
        if (u.contains("bps") || u.contains("bit/s") || u.contains("bits")) {
            return 1;
        }
        return 2;
    }

    private static String tools(VnfBr br) {
        Set<String> tools = new TreeSet<>();
        for (Output o : br.outputs()) {
            if (o.vnfpp() == null) {
                continue;
            }
            for (Report r : o.vnfpp().reports()) {
                for (Snapshot s : r.snapshots()) {
                    for (Evaluation e : s.evaluations()) {
                        if (e.source() != null) {
                            tools.add(join(" ", e.source().name(), e.source().version()));
                        }
                    }
                }
            }
        }
        return String.join(", ", tools);
    }

    private static String variables(VnfBr br) {
        if (br.inputs() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Variable v : br.inputs().variables()) {
            parts.add(v.name() + " ∈ {" + String.join(", ", v.values()) + "}");
        }
        return String.join("; ", parts);
    }

    private static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(sep, kept);
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isEmpty() ? "" : " [" + Html.esc(unit) + "]";
    }

    static String verdictClass(Verdict verdict) {
        if (verdict == null) {
            return "neutral";
        }
        return switch (verdict) {
            case REGRESSION, ERROR -> "bad";
            case IMPROVEMENT -> "good";
            case PASS -> "ok";
            default -> "neutral";
        };
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "<td class=\"n\"></td>";
        }
        String text = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return "<td class=\"n\">" + text + "</td>";
    }

    private static String num(int v) {
        return "<td class=\"n\">" + v + "</td>";
    }

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 1.5em auto; max-width: 1200px;
                   color: #222; padding: 0 1em; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.6em; }
            nav { margin-bottom: 1em; font-size: 0.9em; }
            table { border-collapse: collapse; font-size: 0.85em; }
            table.facts th { text-align: left; padding: 2px 12px 2px 0; vertical-align: top; color: #555; }
            table.facts td { padding: 2px 0; }
            table.data { width: 100%; }
            table.data th, table.data td { border: 1px solid #ddd; padding: 3px 6px; }
            table.data th { background: #f3f3f3; text-align: left; }
            table.data tbody tr:nth-child(even) { background: #fafafa; }
            div.wide { overflow-x: auto; }
            td.reason { font-size: 0.85em; color: #444; min-width: 16em; }
            ul.warnings { font-size: 0.85em; color: #555; margin: 0.3em 0; }
            details { margin: 0.5em 0; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 0.8em 0; }
            img { max-width: 100%; height: auto; border: 1px solid #eee; }
            .note { color: #555; font-style: italic; }
            .v { padding: 1px 6px; border-radius: 3px; font-weight: bold; font-size: 0.9em; }
            .bad, .v.bad { background: #D55E00; color: #fff; }
            .good, .v.good { background: #009E73; color: #fff; }
            .v.ok { background: #e8e8e8; color: #222; }
            .v.neutral { background: #F0E442; color: #222; }
            footer { margin-top: 2em; font-size: 0.8em; color: #777; }
            """;
}
