package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.plan.TestKey;
import io.vnfbench.engine.trend.History;
import io.vnfbench.engine.trend.Matrix;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.MetricSummary;
import io.vnfbench.engine.trend.Profile;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.trend.RunViews;
import io.vnfbench.engine.trend.TrendSeries;
import java.time.Instant;
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
 * What the HTML report shows, decided from a history and the newest run's VNF-BR: the header's facts, which verdicts,
 * which metrics get profiles and matrices (and over which variables), which trends, and the numbers. No markup and no
 * files here; {@link ReportPage} writes it.
 *
 * @param title      the VNF's name and version, or empty
 * @param facts      header facts in order, blank ones left out
 * @param gateTable  the gate's own verdict table from the newest VNF-BR, or null
 * @param gated      the newest run's metrics with a verdict (when there is no gate table)
 * @param profiles   profile charts and notes, in order
 * @param matrices   matrix charts and notes, in order
 * @param trends     trend charts and notes, in order
 * @param oneRun     the history has a single run: nothing to trend
 * @param numbers    every metric of the newest run
 * @param notes      what the reader should know (a metric asked for that the newest run lacks)
 */
record ReportContent(String title, Map<String, String> facts, boolean gateFailed, boolean hasRuns,
                     @CheckForNull VerificationResult gateTable, List<MetricSummary> gated, List<Item> profiles,
                     List<Item> matrices, List<Item> trends, boolean oneRun, List<MetricSummary> numbers, int runs,
                     List<String> notes) {

    static final int MAX_TRENDS = 48;
    private static final int MAX_DEFAULT_METRICS = 2;

    /** A chart to draw, or a note in its place. */
    sealed interface Item permits ProfileItem, MatrixItem, TrendItem, Note {
    }

    record ProfileItem(Profile profile, String alt) implements Item {
    }

    record MatrixItem(Matrix matrix, String alt) implements Item {
    }

    record TrendItem(TrendSeries series, String alt) implements Item {
    }

    record Note(String text) implements Item {
    }

    static ReportContent of(History history, @CheckForNull VnfBr br, HtmlReport.Options options) {
        Optional<RunSummary> newest = history.newest();
        String title = newest.map(RunSummary::vnf).filter(s -> !s.isEmpty())
                .orElse(br == null ? "" : Objects.requireNonNullElse(br.name(), ""));
        Map<String, String> facts = facts(history, newest, br);
        List<String> notes = new ArrayList<>();
        if (newest.isEmpty()) {
            return new ReportContent(title, facts, false, false, null, List.of(), List.of(), List.of(), List.of(),
                    false, List.of(), 0, notes);
        }
        RunSummary run = newest.get();
        VerificationResult table = br != null && br.verification() != null && br.verification().result() != null
                && !br.verification().result().verdicts().isEmpty() ? br.verification().result() : null;
        List<MetricSummary> gated = run.metrics().stream().filter(m -> m.verdict() != null).toList();
        List<MetricKey> chosen = chooseMetrics(run, options, notes);
        List<Item> profiles = new ArrayList<>();
        List<Item> matrices = new ArrayList<>();
        List<String> declared = br == null || br.inputs() == null ? List.of()
                : br.inputs().variables().stream().map(Variable::name).toList();
        for (MetricKey metric : chosen) {
            layout(run, metric, declared, options, profiles, matrices);
        }
        List<Item> trends = history.runs().size() < 2 ? List.of() : trends(history, run, chosen);
        return new ReportContent(title, facts, "FAILED".equals(facts.get("Gate")), true, table, gated, profiles,
                matrices, trends, history.runs().size() < 2, run.metrics(), history.runs().size(), notes);
    }

    private static Map<String, String> facts(History history, Optional<RunSummary> newest, @CheckForNull VnfBr br) {
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
            Long number = run.runNumber();
            Instant time = run.timestamp();
            facts.put("Newest run", join(" · ", run.runId(), number == null ? null : "#" + number,
                    time == null ? null : time.toString()));
            facts.put("Gate", switch (run.gate()) {
                case PASSED -> "passed";
                case FAILED -> "FAILED";
                case NOT_GATED -> run.isGated() ? "verdicts present" : "not gated";
            });
        });
        facts.values().removeIf(v -> v == null || v.isBlank());
        return facts;
    }

    /** The profiles and matrices of one metric: axes suggested from its test keys unless the options name them. */
    private static void layout(RunSummary run, MetricKey metric, List<String> declared, HtmlReport.Options options,
                               List<Item> profiles, List<Item> matrices) {
        Optional<RunViews.Layout> suggested = RunViews.suggestLayout(run, metric.source(), metric.metric(), declared);
        String x = options.xVariable() != null ? options.xVariable()
                : suggested.map(RunViews.Layout::xVariable).orElse(null);
        if (x == null) {
            profiles.add(new Note(metric.metricLabel()
                    + ": no numeric variable with two or more values to draw it against."));
            return;
        }
        String series = options.seriesVariable() != null ? options.seriesVariable()
                : suggested.map(RunViews.Layout::seriesVariable).orElse(null);
        String rows = options.rowVariable() != null ? options.rowVariable()
                : suggested.map(RunViews.Layout::rowVariable).orElse(null);
        if (Objects.equals(series, x)) {
            series = null;
        }
        List<Map<String, String>> combos = RunViews.combinations(run, metric.source(), metric.metric(),
                otherVariables(run, metric, x, series));
        for (int i = 0; i < combos.size(); i++) {
            if (i >= options.maxChartsPerMetric()) {
                profiles.add(omitted(combos.size() - options.maxChartsPerMetric(), "profile"));
                break;
            }
            Map<String, String> fixed = combos.get(i);
            profiles.add(new ProfileItem(RunViews.profile(run, metric.source(), metric.metric(), x, series, fixed),
                    "profile of " + metric.metricLabel() + " against " + x + " " + fixed));
        }
        if (rows == null || rows.equals(x)) {
            return;
        }
        List<Map<String, String>> combosM = RunViews.combinations(run, metric.source(), metric.metric(),
                otherVariables(run, metric, x, rows));
        for (int i = 0; i < combosM.size(); i++) {
            if (i >= options.maxChartsPerMetric()) {
                matrices.add(omitted(combosM.size() - options.maxChartsPerMetric(), "matrix"));
                break;
            }
            Map<String, String> fixed = combosM.get(i);
            matrices.add(new MatrixItem(RunViews.matrix(run, metric.source(), metric.metric(), rows, x, fixed),
                    "heat map of " + metric.metricLabel() + " over " + rows + " and " + x + " " + fixed));
        }
    }

    /** Trend charts of the gated keys (else of the chosen metrics' keys), at most {@value #MAX_TRENDS}. */
    private static List<Item> trends(History history, RunSummary run, List<MetricKey> chosen) {
        List<Item> trends = new ArrayList<>();
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
            trends.add(new Note("No run in the history was gated; showing the reported metrics."));
        }
        int shown = 0;
        for (MetricKey key : keys) {
            if (shown++ >= MAX_TRENDS) {
                trends.add(omitted(keys.size() - MAX_TRENDS, "trend"));
                break;
            }
            trends.add(new TrendItem(history.series(key), "trend of " + key.metricLabel() + " for " + key.testKey()));
        }
        return trends;
    }

    /**
     * The metrics to draw: those the options name, else the gated ones, else the two throughput-like metrics (pps, then
     * bps) measured on the most test keys.
     */
    private static List<MetricKey> chooseMetrics(RunSummary run, HtmlReport.Options options, List<String> notes) {
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
                List<MetricKey> found = byLabel.values().stream()
                        .filter(k -> k.metricLabel().equals(wanted) || k.metric().equals(wanted)).toList();
                if (found.isEmpty()) {
                    notes.add("metric '" + wanted + "' is not in the newest run");
                }
                picked.addAll(found);
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
                        .thenComparing(k -> -coverage.get(k.metricLabel())).thenComparing(MetricKey::metricLabel))
                .limit(MAX_DEFAULT_METRICS).toList();
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

    private static List<String> otherVariables(RunSummary run, MetricKey metric, String a, @CheckForNull String b) {
        SortedSet<String> names = new TreeSet<>();
        for (MetricSummary m : run.metrics()) {
            if (m.key().source().equals(metric.source()) && m.key().metric().equals(metric.metric())) {
                names.addAll(TestKey.parse(m.key().testKey()).keySet());
            }
        }
        names.remove(a);
        if (b != null) {
            names.remove(b);
        }
        return List.copyOf(names);
    }

    private static Note omitted(int count, String what) {
        return new Note(count + " more " + what + (count == 1 ? "" : "s")
                + " not drawn (raise the limit or pick variables).");
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

    static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(sep, kept);
    }
}
