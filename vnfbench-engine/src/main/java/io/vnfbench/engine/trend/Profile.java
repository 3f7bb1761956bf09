package io.vnfbench.engine.trend;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A metric against one numeric variable for one run, one series per value of another variable (e.g. NDR against NFs
 * per chain, one series per topology), with the remaining variables held at {@code fixed}.
 *
 * @param seriesVariable nullable: without it there is one series
 */
public record Profile(String metricLabel, String unit, String xVariable, String seriesVariable,
        Map<String, String> fixed, List<Series> series) {

    public Profile {
        Objects.requireNonNull(metricLabel, "metricLabel");
        Objects.requireNonNull(xVariable, "xVariable");
        unit = unit == null ? "" : unit;
        fixed = Map.copyOf(fixed);
        series = List.copyOf(series);
    }

    /** One line: its points sorted by x. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** The median across Trials at x, with the min–max spread. */
    public record Point(double x, double median, double min, double max) {
    }
}
