package io.vnfbench.engine.trend;

/**
 * Orders and reads the values of variables as test keys carry them ({@link io.vnfbench.engine.plan.TestKey} makes and
 * parses the keys themselves).
 */
public final class VariableValues {
    private VariableValues() {
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
