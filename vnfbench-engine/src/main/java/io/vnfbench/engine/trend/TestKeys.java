package io.vnfbench.engine.trend;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads and writes the stable test key: {@code name=value} pairs sorted by name, comma-separated. */
public final class TestKeys {
    private TestKeys() {
    }

    /** The variables of a test key; a part without {@code =} is kept as a name with an empty value. */
    public static SortedMap<String, String> parse(String testKey) {
        SortedMap<String, String> vars = new TreeMap<>();
        if (testKey == null || testKey.isEmpty()) {
            return vars;
        }
        for (String part : testKey.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                vars.put(part, "");
            } else {
                vars.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return Collections.unmodifiableSortedMap(vars);
    }

    /** The canonical key of an assignment: names sorted, {@code name=value} joined by commas. */
    public static String format(Map<String, String> variables) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(variables).entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    /** Orders variable values numerically when both are numbers, otherwise as text. */
    public static int compareValues(String a, String b) {
        double x = parseNumber(a);
        double y = parseNumber(b);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            int c = Double.compare(x, y);
            return c != 0 ? c : a.compareTo(b);
        }
        if (!Double.isNaN(x)) {
            return -1;
        }
        if (!Double.isNaN(y)) {
            return 1;
        }
        return a.compareTo(b);
    }

    /** The value as a number, or NaN when it is not one. */
    public static double parseNumber(String value) {
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(value.trim());
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
