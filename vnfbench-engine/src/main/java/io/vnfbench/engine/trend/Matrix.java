package io.vnfbench.engine.trend;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A metric's medians over two variables for one run (e.g. chains × NFs), the remaining variables held at
 * {@code fixed}. A cell without a value is NaN.
 */
public final class Matrix {
    private final String metricLabel;
    private final String unit;
    private final String rowVariable;
    private final List<String> rowValues;
    private final String columnVariable;
    private final List<String> columnValues;
    private final Map<String, String> fixed;
    private final double[][] values;

    public Matrix(String metricLabel, String unit, String rowVariable, List<String> rowValues, String columnVariable,
            List<String> columnValues, Map<String, String> fixed, double[][] values) {
        this.metricLabel = Objects.requireNonNull(metricLabel, "metricLabel");
        this.unit = unit == null ? "" : unit;
        this.rowVariable = Objects.requireNonNull(rowVariable, "rowVariable");
        this.rowValues = List.copyOf(rowValues);
        this.columnVariable = Objects.requireNonNull(columnVariable, "columnVariable");
        this.columnValues = List.copyOf(columnValues);
        this.fixed = Map.copyOf(fixed);
        if (values.length != rowValues.size()) {
            throw new IllegalArgumentException("matrix has " + values.length + " rows of values for "
                    + rowValues.size() + " row labels");
        }
        this.values = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnValues.size()) {
                throw new IllegalArgumentException("matrix row " + r + " has " + values[r].length + " values for "
                        + columnValues.size() + " column labels");
            }
            this.values[r] = values[r].clone();
        }
    }

    public String metricLabel() {
        return metricLabel;
    }

    public String unit() {
        return unit;
    }

    public String rowVariable() {
        return rowVariable;
    }

    public List<String> rowValues() {
        return rowValues;
    }

    public String columnVariable() {
        return columnVariable;
    }

    public List<String> columnValues() {
        return columnValues;
    }

    public Map<String, String> fixed() {
        return fixed;
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** Smallest and largest finite cell values; NaN, NaN when there are none. */
    public double[] range() {
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                    hi = Double.isNaN(hi) ? v : Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    @Override
    public String toString() {
        return "Matrix[" + metricLabel + " " + rowVariable + "=" + rowValues + " x " + columnVariable + "="
                + columnValues + " " + Arrays.deepToString(values) + "]";
    }
}
