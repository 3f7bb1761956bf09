package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A measured metric: exactly one of {@code scalar}, {@code vector} or {@code series} (the YANG choice "value").
 * Values are strings in YANG; numeric helpers parse them.
 */
public record Metric(@Key String name, @Nullable String unit, @Nullable String type,
        @Nullable String scalar, List<String> vector,
        List<SeriesPoint> series) {
    public Metric {
        vector = Lists.of(vector);
        series = Lists.of(series);
        int cases = (scalar != null ? 1 : 0) + (vector.isEmpty() ? 0 : 1) + (series.isEmpty() ? 0 : 1);
        if (cases > 1) {
            throw new IllegalArgumentException("metric '" + name + "' has more than one of scalar, vector, series"
                    + " (the YANG choice 'value' allows exactly one)");
        }
    }

    public static Metric scalar(String name, String unit, double value) {
        return new Metric(name, unit, "float", formatNumber(value), List.of(), List.of());
    }

    public static Metric series(String name, String unit, List<SeriesPoint> points) {
        return new Metric(name, unit, "float", null, List.of(), points);
    }

    public static Metric vector(String name, String unit, List<String> values) {
        return new Metric(name, unit, "float", null, values, List.of());
    }

    public boolean isScalar() {
        return scalar != null;
    }

    /** The scalar as a number, empty when absent, not numeric or not finite. */
    public OptionalDouble scalarValue() {
        return parse(scalar);
    }

    /** Every value this metric holds as written: the scalar, the vector entries or the series values. */
    public List<String> rawValues() {
        if (scalar != null) {
            return List.of(scalar);
        }
        return !vector.isEmpty() ? vector : series.stream().map(SeriesPoint::value).toList();
    }

    /**
     * Every value this metric holds that is a finite number (others are left out: callers that must not drop a value
     * silently compare the count with {@link #rawValues()}).
     */
    public double[] numericValues() {
        if (scalar != null) {
            OptionalDouble v = scalarValue();
            return v.isPresent() ? new double[] {v.getAsDouble()} : new double[0];
        }
        return rawValues().stream().map(Metric::parse).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
    }

    /** A value as a number: empty when absent, not numeric or not finite. */
    public static OptionalDouble parse(@CheckForNull String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Shortest round-tripping text of a number; integral values print without a fraction. */
    public static String formatNumber(double value) {
        Objects.requireNonNull(value);
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
