package io.vnfbench.engine.trend;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.PlainDocument;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the run-summary format, version {@value RunSummary#VERSION} (and reads it and version 1, whose samples were
 * evaluations rather than Trials): one JSON object with {@code format},
 * {@code version}, {@code run} (id, number, timestamp, vnf, environment, gate) and {@code metrics} (one object per
 * test key × metric, sorted). Statistics that are undefined (NaN) and absent optional values are left out. Output is
 * deterministic: fixed member order, numbers in their shortest round-tripping form, two-space indentation, LF.
 * See docs/reports.md.
 */
public final class RunSummaryJson {
    private RunSummaryJson() {
    }

    public static String write(RunSummary run) {
        StringBuilder sb = new StringBuilder(256 + run.metrics().size() * 256);
        sb.append("{\n");
        sb.append("  \"format\": ").append(quote(RunSummary.FORMAT)).append(",\n");
        sb.append("  \"version\": ").append(RunSummary.VERSION).append(",\n");
        sb.append("  \"run\": {\n");
        sb.append("    \"id\": ").append(quote(run.runId()));
        if (run.runNumber() != null) {
            sb.append(",\n    \"number\": ").append(run.runNumber());
        }
        Instant timestamp = run.timestamp();
        if (timestamp != null) {
            sb.append(",\n    \"timestamp\": ").append(quote(timestamp.toString()));
        }
        if (!run.vnf().isEmpty()) {
            sb.append(",\n    \"vnf\": ").append(quote(run.vnf()));
        }
        if (!run.environment().isEmpty()) {
            sb.append(",\n    \"environment\": ").append(quote(run.environment()));
        }
        sb.append(",\n    \"gate\": ").append(quote(run.gate().keyword()));
        sb.append("\n  },\n");
        sb.append("  \"metrics\": [");
        boolean first = true;
        for (MetricSummary m : run.metrics()) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            writeMetric(sb, m);
        }
        sb.append(first ? "]\n" : "\n  ]\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** True when a plain document (see {@link PlainDocument}) is a run summary rather than a VNF-BR. */
    public static boolean isSummary(@CheckForNull Object plain) {
        return plain instanceof Map<?, ?> map && RunSummary.FORMAT.equals(map.get("format"));
    }

    public static RunSummary read(Path file) throws DocumentException {
        return fromPlain(PlainDocument.read(file), file.toString());
    }

    /**
     * Binds a plain document to a summary; a newer version than this reader knows, or a missing member, is an
     * {@link IllegalArgumentException} naming {@code source} and the member.
     */
    public static RunSummary fromPlain(@CheckForNull Object plain, String source) {
        Map<?, ?> root = object(plain, source, "");
        if (!RunSummary.FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException(source + ": not a run summary (\"format\" is not \""
                    + RunSummary.FORMAT + "\")");
        }
        double version = number(root.get("version"), source, "version");
        if (version != RunSummary.VERSION && version != 1) {
            throw new IllegalArgumentException(source + ": run summary version " + root.get("version")
                    + " is not supported (this vnfbench reads versions 1 and " + RunSummary.VERSION + ")");
        }
        Map<?, ?> run = object(root.get("run"), source, "run");
        String id = text(run.get("id"), source, "run.id");
        Long number = run.get("number") == null ? null : (long) number(run.get("number"), source, "run.number");
        Instant time = null;
        if (run.get("timestamp") != null) {
            try {
                time = Instant.parse(text(run.get("timestamp"), source, "run.timestamp"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ": run.timestamp is not an ISO-8601 instant: "
                        + run.get("timestamp"), e);
            }
        }
        GateOutcome gate = GateOutcome.NOT_GATED;
        if (run.get("gate") != null) {
            String token = text(run.get("gate"), source, "run.gate");
            gate = GateOutcome.find(token).orElseThrow(() -> new IllegalArgumentException(source + ": run.gate '"
                    + token + "' is not passed, failed or not-gated"));
        }
        List<MetricSummary> metrics = new ArrayList<>();
        Object list = root.get("metrics");
        if (!(list instanceof List<?> items)) {
            throw new IllegalArgumentException(source + ": \"metrics\" must be a list");
        }
        for (int i = 0; i < items.size(); i++) {
            String at = "metrics[" + i + "]";
            Map<?, ?> m = object(items.get(i), source, at);
            MetricKey key = new MetricKey(text(m.get("test"), source, at + ".test"),
                    text(m.get("source"), source, at + ".source"), text(m.get("metric"), source, at + ".metric"));
            int n = (int) number(m.get("n"), source, at + ".n");
            SampleStatistics stats = n == 0 ? SampleStatistics.EMPTY : new SampleStatistics(n,
                    optional(m, "min", source, at), optional(m, "median", source, at),
                    optional(m, "max", source, at), optional(m, "mean", source, at),
                    optional(m, "stdev", source, at));
            Direction direction = null;
            if (m.get("direction") != null) {
                String d = text(m.get("direction"), source, at + ".direction");
                direction = Direction.find(d).orElseThrow(() -> new IllegalArgumentException(source + ": " + at
                        + ".direction '" + d + "' is not higher or lower"));
            }
            String unit = m.get("unit") == null ? "" : text(m.get("unit"), source, at + ".unit");
            Verdict verdict = null;
            if (m.get("verdict") != null) {
                String v = text(m.get("verdict"), source, at + ".verdict");
                verdict = Verdict.find(v).orElseThrow(() -> new IllegalArgumentException(source + ": " + at
                        + ".verdict '" + v + "' is not one of " + java.util.Arrays.toString(Verdict.values())));
            }
            int failed = m.get("failed") == null ? 0 : (int) number(m.get("failed"), source, at + ".failed");
            String baseline = m.get("baseline") == null ? null : text(m.get("baseline"), source, at + ".baseline");
            metrics.add(new MetricSummary(key, unit, direction, stats, failed, verdict, baseline,
                    optional(m, "baseline_median", source, at)));
        }
        String vnf = run.get("vnf") == null ? "" : text(run.get("vnf"), source, "run.vnf");
        String env = run.get("environment") == null ? "" : text(run.get("environment"), source, "run.environment");
        return new RunSummary(id, number, time, vnf, env, gate, metrics);
    }

    private static Map<?, ?> object(@CheckForNull Object value, String source, String at) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(source + ": " + (at.isEmpty() ? "the document" : at)
                + " must be an object");
    }

    private static String text(Object value, String source, String at) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(source + ": " + at + " must be a string" + (value == null
                ? " and is missing" : ""));
    }

    private static double number(Object value, String source, String at) {
        if (value instanceof Number num) {
            return num.doubleValue();
        }
        throw new IllegalArgumentException(source + ": " + at + " must be a number" + (value == null
                ? " and is missing" : ""));
    }

    private static double optional(Map<?, ?> m, String name, String source, String at) {
        Object v = m.get(name);
        return v == null ? Double.NaN : number(v, source, at + "." + name);
    }

    private static void writeMetric(StringBuilder sb, MetricSummary m) {
        sb.append("    {\"test\": ").append(quote(m.key().testKey()));
        sb.append(", \"source\": ").append(quote(m.key().source()));
        sb.append(", \"metric\": ").append(quote(m.key().metric()));
        if (!m.unit().isEmpty()) {
            sb.append(", \"unit\": ").append(quote(m.unit()));
        }
        Direction direction = m.direction();
        if (direction != null) {
            sb.append(", \"direction\": ").append(quote(direction.keyword()));
        }
        SampleStatistics s = m.statistics();
        sb.append(", \"n\": ").append(s.n());
        number(sb, "min", s.min());
        number(sb, "median", s.median());
        number(sb, "max", s.max());
        number(sb, "mean", s.mean());
        number(sb, "stdev", s.stdev());
        if (m.failedTrials() > 0) {
            sb.append(", \"failed\": ").append(m.failedTrials());
        }
        Verdict verdict = m.verdict();
        if (verdict != null) {
            sb.append(", \"verdict\": ").append(quote(verdict.name()));
        }
        String baselineId = m.baselineId();
        if (baselineId != null) {
            sb.append(", \"baseline\": ").append(quote(baselineId));
        }
        number(sb, "baseline_median", m.baselineMedian());
        sb.append('}');
    }

    private static void number(StringBuilder sb, String name, double value) {
        if (Double.isFinite(value)) {
            sb.append(", \"").append(name).append("\": ").append(formatNumber(value));
        }
    }

    /** Shortest decimal that reads back as the same double, without exponent for everyday magnitudes. */
    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String shortest = Double.toString(value);
        BigDecimal exact = new BigDecimal(shortest);
        if (Math.abs(value) >= 1e-6 && Math.abs(value) < 1e15) {
            return exact.toPlainString();
        }
        return shortest;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
