package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;
import java.util.Objects;

/**
 * One metric a prober or listener measured, before the Manager writes it into the VNF-PP as a
 * {@code metric} (draft: name, unit, type, and exactly one of scalar, vector or series).
 *
 * <p>Kept apart from the document model so that tools need not know the YANG records. Use the factories.
 *
 * @param type the draft's data type word: "float", "int" or "string"
 * @param scalar the value when this is a scalar, else null
 * @param vector the values when this is a vector, else empty
 * @param series key/value points (e.g. elapsed seconds → value) when this is a series, else empty
 */
public record Measurement(String name, String unit, String type, @CheckForNull String scalar, List<String> vector, List<Point> series) {
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = Objects.requireNonNullElse(unit, "");
        vector = List.copyOf(Objects.requireNonNullElse(vector, List.of()));
        series = List.copyOf(Objects.requireNonNullElse(series, List.of()));
        int kinds = (scalar != null ? 1 : 0) + (vector.isEmpty() ? 0 : 1) + (series.isEmpty() ? 0 : 1);
        if (kinds != 1) {
            throw new IllegalArgumentException("metric '" + name + "' must have exactly one of scalar, vector or series");
        }
    }

    public static Measurement scalar(String name, String unit, double value) {
        return new Measurement(name, unit, "float", format(value), List.of(), List.of());
    }

    public static Measurement scalar(String name, String unit, long value) {
        return new Measurement(name, unit, "int", Long.toString(value), List.of(), List.of());
    }

    public static Measurement text(String name, String value) {
        return new Measurement(name, "", "string", value, List.of(), List.of());
    }

    public static Measurement vector(String name, String unit, List<Double> values) {
        return new Measurement(name, unit, "float", null, values.stream().map(Measurement::format).toList(), List.of());
    }

    public static Measurement series(String name, String unit, List<Point> points) {
        return new Measurement(name, unit, "float", null, List.of(), points);
    }

    /** Numeric value of a scalar, NaN when it is not a number. */
    public double scalarAsDouble() {
        if (scalar == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(scalar);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value) + ".0";
        }
        return Double.toString(value);
    }

    /** One key/value of a series; the key is usually the elapsed time in seconds. */
    public record Point(String key, String value) {
        public Point {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        public static Point of(double key, double value) {
            return new Point(format(key), format(value));
        }
    }
}
