package io.vnfbench.engine.trend;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes the run-summary format, version {@value RunSummary#VERSION}: one JSON object with {@code format},
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
        if (run.timestamp() != null) {
            sb.append(",\n    \"timestamp\": ").append(quote(run.timestamp().toString()));
        }
        if (!run.vnf().isEmpty()) {
            sb.append(",\n    \"vnf\": ").append(quote(run.vnf()));
        }
        if (!run.environment().isEmpty()) {
            sb.append(",\n    \"environment\": ").append(quote(run.environment()));
        }
        sb.append(",\n    \"gate\": ").append(quote(gateToken(run.gate())));
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

    static String gateToken(GateOutcome gate) {
        return gate.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void writeMetric(StringBuilder sb, MetricSummary m) {
        sb.append("    {\"test\": ").append(quote(m.key().testKey()));
        sb.append(", \"source\": ").append(quote(m.key().source()));
        sb.append(", \"metric\": ").append(quote(m.key().metric()));
        if (!m.unit().isEmpty()) {
            sb.append(", \"unit\": ").append(quote(m.unit()));
        }
        if (m.direction() != null) {
            sb.append(", \"direction\": ").append(quote(m.direction().token()));
        }
        SampleStatistics s = m.statistics();
        sb.append(", \"n\": ").append(s.n());
        number(sb, "min", s.min());
        number(sb, "median", s.median());
        number(sb, "max", s.max());
        number(sb, "mean", s.mean());
        number(sb, "stdev", s.stdev());
        if (m.verdict() != null) {
            sb.append(", \"verdict\": ").append(quote(m.verdict()));
        }
        if (m.baselineId() != null) {
            sb.append(", \"baseline\": ").append(quote(m.baselineId()));
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
