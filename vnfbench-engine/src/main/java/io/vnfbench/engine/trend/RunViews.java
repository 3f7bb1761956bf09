package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.plan.TestKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Cuts one run's summary into profiles and matrices over its test-key variables. */
public final class RunViews {
    private static final Comparator<String> VALUE_ORDER = VariableValues::compareValues;

    private RunViews() {
    }

    /** The values each variable takes across the run's test keys, in value order. */
    public static SortedMap<String, SortedSet<String>> variables(RunSummary run) {
        SortedMap<String, SortedSet<String>> vars = new TreeMap<>();
        for (String key : run.testKeys()) {
            TestKey.parse(key).forEach((k, v) -> vars.computeIfAbsent(k, x -> new TreeSet<>(VALUE_ORDER)).add(v));
        }
        return vars;
    }

    /**
     * The metric against {@code xVariable} (whose values must be numbers; others are left out), one series per value of
     * {@code seriesVariable} (nullable), over the test keys that match {@code fixed} on every other variable.
     */
    public static Profile profile(RunSummary run, String source, String metric, String xVariable,
            String seriesVariable, Map<String, String> fixed) {
        Map<String, List<Profile.Point>> bySeries = new TreeMap<>(VALUE_ORDER);
        String unit = "";
        for (MetricSummary m : run.metrics()) {
            if (!m.key().source().equals(source) || !m.key().metric().equals(metric)) {
                continue;
            }
            Map<String, String> vars = TestKey.parse(m.key().testKey());
            if (!matches(vars, fixed, xVariable, seriesVariable)) {
                continue;
            }
            double x = VariableValues.parseNumber(vars.get(xVariable));
            if (Double.isNaN(x)) {
                continue;
            }
            if (!m.unit().isEmpty()) {
                unit = m.unit();
            }
            String name = seriesVariable == null ? metric : seriesVariable + "=" + vars.getOrDefault(seriesVariable, "");
            SampleStatistics s = m.statistics();
            bySeries.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new Profile.Point(x, s.median(), s.min(), s.max()));
        }
        List<Profile.Series> series = new ArrayList<>();
        bySeries.forEach((name, points) -> {
            points.sort(Comparator.comparingDouble(Profile.Point::x));
            series.add(new Profile.Series(name, points));
        });
        return new Profile(label(source, metric), unit, xVariable, seriesVariable, fixed, series);
    }

    /** The metric's medians over {@code rowVariable} × {@code columnVariable} for test keys matching {@code fixed}. */
    public static Matrix matrix(RunSummary run, String source, String metric, String rowVariable,
            String columnVariable, Map<String, String> fixed) {
        SortedSet<String> rows = new TreeSet<>(VALUE_ORDER);
        SortedSet<String> columns = new TreeSet<>(VALUE_ORDER);
        Map<String, Double> cells = new LinkedHashMap<>();
        String unit = "";
        for (MetricSummary m : run.metrics()) {
            if (!m.key().source().equals(source) || !m.key().metric().equals(metric)) {
                continue;
            }
            Map<String, String> vars = TestKey.parse(m.key().testKey());
            if (!vars.containsKey(rowVariable) || !vars.containsKey(columnVariable)
                    || !matches(vars, fixed, rowVariable, columnVariable)) {
                continue;
            }
            if (!m.unit().isEmpty()) {
                unit = m.unit();
            }
            String r = vars.get(rowVariable);
            String c = vars.get(columnVariable);
            rows.add(r);
            columns.add(c);
            cells.put(r + "\u0000" + c, m.statistics().median());
        }
        List<String> rowList = new ArrayList<>(rows);
        List<String> columnList = new ArrayList<>(columns);
        double[][] values = new double[rowList.size()][columnList.size()];
        for (int i = 0; i < rowList.size(); i++) {
            for (int j = 0; j < columnList.size(); j++) {
                Double v = cells.get(rowList.get(i) + "\u0000" + columnList.get(j));
                values[i][j] = v == null ? Double.NaN : v;
            }
        }
        return new Matrix(label(source, metric), unit, rowVariable, rowList, columnVariable, columnList, fixed,
                values);
    }

    /**
     * Picks axes for a metric's charts from the test keys that carry it. The x axis (and matrix columns) is the
     * numeric variable with the most values; the matrix rows the next numeric variable; series are told apart by a
     * non-numeric variable if there is one, else by the second numeric variable. Ties go to the variable declared
     * later in {@code declaredOrder} (the innermost loop of the VNF-BR), then to name order. Empty when no variable
     * is numeric with at least two values.
     */
    public static Optional<Layout> suggestLayout(RunSummary run, String source, String metric,
            List<String> declaredOrder) {
        SortedMap<String, SortedSet<String>> vars = new TreeMap<>();
        for (MetricSummary m : run.metrics()) {
            if (m.key().source().equals(source) && m.key().metric().equals(metric)) {
                TestKey.parse(m.key().testKey())
                        .forEach((k, v) -> vars.computeIfAbsent(k, x -> new TreeSet<>(VALUE_ORDER)).add(v));
            }
        }
        List<String> numeric = new ArrayList<>();
        List<String> other = new ArrayList<>();
        vars.forEach((name, values) -> {
            boolean allNumbers = values.stream().allMatch(v -> !Double.isNaN(VariableValues.parseNumber(v)));
            if (values.size() > 1 && allNumbers) {
                numeric.add(name);
            } else if (values.size() > 1) {
                other.add(name);
            }
        });
        if (numeric.isEmpty()) {
            return Optional.empty();
        }
        Comparator<String> declaredLaterFirst = Comparator.comparing((String n) -> -declaredOrder.indexOf(n));
        numeric.sort(Comparator.comparing((String n) -> -vars.get(n).size()).thenComparing(declaredLaterFirst)
                .thenComparing(n -> n));
        other.sort(Comparator.comparing((String n) -> vars.get(n).size()).thenComparing(n -> n));
        String x = numeric.get(0);
        String second = numeric.size() > 1 ? numeric.get(1) : null;
        String series = !other.isEmpty() ? other.get(0) : second;
        return Optional.of(new Layout(x, series, second));
    }

    /**
     * {@link #suggestLayout(RunSummary, String, String, List)} over the test keys of every metric of the run, ties
     * going to name order.
     */
    public static Optional<Layout> suggestLayout(RunSummary run) {
        RunSummaryBuilder keys = new RunSummaryBuilder(run.runId());
        for (String key : run.testKeys()) {
            keys.addSample(new MetricKey(key, "", ""), "", 0);
        }
        return suggestLayout(keys.build(), "", "", List.of());
    }

    /**
     * The value combinations of {@code variables} that occur among the metric's test keys, in value order; one map
     * with no entries when {@code variables} is empty.
     */
    public static List<Map<String, String>> combinations(RunSummary run, String source, String metric,
            List<String> variables) {
        SortedSet<String> seen = new TreeSet<>();
        List<Map<String, String>> out = new ArrayList<>();
        for (MetricSummary m : run.metrics()) {
            if (!m.key().source().equals(source) || !m.key().metric().equals(metric)) {
                continue;
            }
            Map<String, String> vars = TestKey.parse(m.key().testKey());
            Map<String, String> combo = new TreeMap<>();
            for (String v : variables) {
                combo.put(v, vars.getOrDefault(v, ""));
            }
            if (seen.add(TestKey.of(combo))) {
                out.add(combo);
            }
        }
        out.sort((a, b) -> {
            for (String v : variables) {
                int c = VariableValues.compareValues(a.get(v), b.get(v));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return out;
    }

    /**
     * Axes for a run's charts.
     *
     * @param seriesVariable nullable
     * @param rowVariable    nullable: no matrix without it
     */
    public record Layout(String xVariable, @CheckForNull String seriesVariable, String rowVariable) {
    }

    private static boolean matches(Map<String, String> vars, Map<String, String> fixed, String a, String b) {
        for (Map.Entry<String, String> e : fixed.entrySet()) {
            if (e.getKey().equals(a) || e.getKey().equals(b)) {
                continue;
            }
            if (!e.getValue().equals(vars.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String label(String source, String metric) {
        return source.isEmpty() ? metric : source + "/" + metric;
    }
}
