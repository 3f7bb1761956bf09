package io.vnfbench.engine.render;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.codec.AtomicFiles;
import io.vnfbench.engine.trend.MetricSummary;
import io.vnfbench.engine.trend.SampleStatistics;
import io.vnfbench.engine.trend.VariableValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the HTML report is written: {@link ReportContent} as markup (inline CSS, no JavaScript, every piece of user text
 * escaped), its charts rendered to PNG files beside {@code index.html}, the index replaced atomically. Nothing
 * time-dependent is written, so the same content gives the same files.
 */
final class ReportPage {
    private final ReportContent content;
    private final HtmlReport.Options options;
    private final Path dir;
    private final List<Path> images = new ArrayList<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Map<String, Integer> counters = new HashMap<>();

    ReportPage(ReportContent content, HtmlReport.Options options, Path dir) {
        this.content = content;
        this.options = options;
        this.dir = dir;
    }

    HtmlReport.Result write() throws IOException {
        Files.createDirectories(dir);
        String title = content.title().isEmpty() ? "" : ": " + Html.esc(content.title());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>vnfbench report").append(title).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>vnfbench report").append(title).append("</h1>\n")
                .append("<nav><a href=\"#verdicts\">Verdicts</a> · <a href=\"#profiles\">Profiles</a> · "
                        + "<a href=\"#matrices\">Matrices</a> · <a href=\"#trends\">Trends</a> · "
                        + "<a href=\"#numbers\">Numbers</a></nav>\n");
        header();
        if (!content.hasRuns()) {
            out.append("<p class=\"note\">The history holds no runs: there is nothing to report.</p>\n");
        } else {
            verdicts();
            section("profiles", "Newest run: profiles", content.profiles(),
                    "No profile to draw: the run has no metric measured over a numeric variable.");
            section("matrices", "Newest run: matrices", content.matrices(),
                    "No matrix to draw: it needs two numeric variables.");
            trends();
            numbers();
        }
        out.append("<footer>Written by vnfbench from ").append(content.runs())
                .append(content.runs() == 1 ? " run" : " runs")
                .append(". Charts: median with min–max across Trials.</footer>\n</body>\n</html>\n");
        Path index = dir.resolve("index.html");
        AtomicFiles.write(index, out.toString().getBytes(StandardCharsets.UTF_8), false);
        return new HtmlReport.Result(index, List.copyOf(images), content.notes());
    }

    private void header() {
        out.append("<section id=\"header\"><table class=\"facts\">\n");
        content.facts().forEach((k, v) -> out.append("<tr><th>").append(Html.esc(k)).append("</th><td")
                .append(k.equals("Gate") && content.gateFailed() ? " class=\"bad\"" : "").append('>').append(Html.esc(v))
                .append("</td></tr>\n"));
        out.append("</table></section>\n");
    }

    private void verdicts() {
        out.append("<section id=\"verdicts\"><h2>Gate verdicts</h2>\n");
        VerificationResult table = content.gateTable();
        if (table != null) {
            gateTable(table);
            return;
        }
        if (content.gated().isEmpty()) {
            out.append("<p class=\"note\">The newest run carries no verdicts: it was not gated "
                    + "(<code>vnfbench verify</code> adds them).</p>\n</section>\n");
            return;
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        content.gated().forEach(m -> counts.merge(m.verdict(), 1, Integer::sum));
        out.append("<p>");
        counts.forEach((v, n) -> out.append("<span class=\"v ").append(verdictClass(v)).append("\">").append(v.name())
                .append("</span> ").append(n).append(" &nbsp; "));
        out.append("</p>\n<table class=\"data\">\n<thead><tr><th>test</th><th>metric</th><th>direction</th>"
                + "<th>n</th><th>median</th><th>baseline</th><th>baseline median</th><th>change</th>"
                + "<th>verdict</th></tr></thead>\n<tbody>\n");
        for (MetricSummary m : content.gated()) {
            SampleStatistics s = m.statistics();
            Direction direction = m.direction();
            Verdict verdict = Objects.requireNonNull(m.verdict(), "a gated metric has a verdict");
            double change = Double.isFinite(m.baselineMedian()) && m.baselineMedian() != 0
                    && Double.isFinite(s.median()) ? (s.median() - m.baselineMedian()) / m.baselineMedian() * 100
                    : Double.NaN;
            out.append("<tr><td>").append(Html.esc(m.key().testKey())).append("</td><td>")
                    .append(Html.esc(m.key().metricLabel())).append(unitSuffix(m.unit())).append("</td><td>")
                    .append(direction == null ? "" : Html.esc(direction.keyword())).append("</td>")
                    .append(num(s.n())).append(num(s.median())).append("<td>").append(Html.esc(m.baselineId()))
                    .append("</td>").append(num(m.baselineMedian())).append("<td class=\"n\">")
                    .append(Double.isFinite(change) ? String.format(Locale.ROOT, "%+.2f %%", change) : "")
                    .append("</td><td><span class=\"v ").append(verdictClass(verdict)).append("\">")
                    .append(verdict.name()).append("</span></td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    /** The gate's own table, as the gate wrote it into the VNF-BR: every verdict explained. */
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
            result.warnings().forEach(w -> out.append("<li>").append(Html.esc(w)).append("</li>\n"));
            out.append("</ul></details>\n");
        }
        out.append("<div class=\"wide\"><table class=\"data\">\n<thead><tr><th>test</th><th>gate</th><th>metric</th>"
                + "<th>better</th><th>method</th><th>n base/cand</th><th>baseline median</th><th>candidate median</th>"
                + "<th>change</th><th>p-value</th><th>limit</th><th>verdict</th><th>reason</th></tr></thead>\n"
                + "<tbody>\n");
        for (VerificationResult.VerdictEntry v : result.verdicts()) {
            String change = v.change();
            double c = VariableValues.parseNumber(change);
            if (Double.isFinite(c)) {
                change = String.format(Locale.ROOT, "%+.2f %%", c * 100);
            }
            out.append("<tr><td>").append(Html.esc(v.testKey())).append("</td><td>").append(Html.esc(v.gate()))
                    .append("</td><td>").append(Html.esc(ReportContent.join("/", v.source(), v.metric())))
                    .append("</td><td>").append(Html.esc(v.direction())).append("</td><td>")
                    .append(Html.esc(v.method())).append("</td><td class=\"n\">")
                    .append(v.baselineSamples() == null ? "" : v.baselineSamples()).append(" / ")
                    .append(v.candidateSamples() == null ? "" : v.candidateSamples())
                    .append("</td><td class=\"n\">").append(Html.esc(v.baselineMedian()))
                    .append("</td><td class=\"n\">").append(Html.esc(v.candidateMedian()))
                    .append("</td><td class=\"n\">").append(Html.esc(change))
                    .append("</td><td class=\"n\">").append(Html.esc(v.pValue()))
                    .append("</td><td>").append(Html.esc(v.limit())).append("</td><td><span class=\"v ")
                    .append(verdictClass(Verdict.find(v.verdict()).orElse(null))).append("\">")
                    .append(Html.esc(v.verdict())).append("</span></td><td class=\"reason\">")
                    .append(Html.esc(v.reason())).append("</td></tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }

    private void section(String id, String heading, List<ReportContent.Item> items, String none) throws IOException {
        out.append("<section id=\"").append(id).append("\"><h2>").append(heading).append("</h2>\n");
        if (items.isEmpty()) {
            out.append("<p class=\"note\">").append(none).append("</p>\n");
        }
        for (ReportContent.Item item : items) {
            item(item);
        }
        out.append("</section>\n");
    }

    private void trends() throws IOException {
        out.append("<section id=\"trends\"><h2>Trends</h2>\n");
        if (content.oneRun()) {
            out.append("<p class=\"note\">One run in the history: trends need two or more "
                    + "(<code>--history DIR</code>).</p>\n");
        }
        for (ReportContent.Item item : content.trends()) {
            item(item);
        }
        out.append("</section>\n");
    }

    private void item(ReportContent.Item item) throws IOException {
        if (item instanceof ReportContent.ProfileItem p) {
            image("profile", ProfileChart.render(p.profile(), HtmlReport.PROFILE_SIZE, null), HtmlReport.PROFILE_SIZE,
                    p.alt());
        } else if (item instanceof ReportContent.MatrixItem m) {
            image("matrix", MatrixChart.render(m.matrix(), HtmlReport.MATRIX_SIZE, null), HtmlReport.MATRIX_SIZE,
                    m.alt());
        } else if (item instanceof ReportContent.TrendItem t) {
            image("trend", TrendChart.render(t.series(), new TrendChart.Options(HtmlReport.TREND_SIZE,
                    options.trendAxis(), 0, null)), HtmlReport.TREND_SIZE, t.alt());
        } else if (item instanceof ReportContent.Note n) {
            out.append("<p class=\"note\">").append(Html.esc(n.text())).append("</p>\n");
        }
    }

    private void numbers() {
        out.append("<section id=\"numbers\"><h2>Numbers of the newest run</h2>\n<div class=\"wide\"><table class=\"data\">\n")
                .append("<thead><tr><th>test</th><th>metric</th><th>unit</th><th>n</th><th>min</th>"
                        + "<th>median</th><th>max</th><th>mean</th><th>stdev</th></tr></thead>\n<tbody>\n");
        for (MetricSummary m : content.numbers()) {
            SampleStatistics s = m.statistics();
            out.append("<tr><td>").append(Html.esc(m.key().testKey())).append("</td><td>")
                    .append(Html.esc(m.key().metricLabel())).append("</td><td>").append(Html.esc(m.unit()))
                    .append("</td>").append(num(s.n())).append(num(s.min())).append(num(s.median()))
                    .append(num(s.max())).append(num(s.mean())).append(num(s.stdev())).append("</tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }

    private void image(String kind, byte[] png, ChartSize size, String alt) throws IOException {
        int n = counters.merge(kind, 1, Integer::sum);
        String name = String.format(Locale.ROOT, "%s-%03d.png", kind, n);
        Path file = dir.resolve(name);
        Files.write(file, png);
        images.add(file);
        out.append("<figure><img src=\"").append(name).append("\" width=\"").append(size.width())
                .append("\" height=\"").append(size.height()).append("\" alt=\"").append(Html.esc(alt))
                .append("\"></figure>\n");
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
