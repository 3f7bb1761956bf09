package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An HTML report of a history of runs (docs/reports.md): the runs (VNF-BR or run-summary files, or a directory of
 * them), the directory to write {@code index.html} and its charts into, and what to draw.
 *
 * @param files             the runs' files; empty when {@code history} is given
 * @param history           a directory of run files, or null
 * @param metrics           metric names (or source/metric) to draw profiles and matrices of; empty: the gated metrics,
 *                          else the two throughput-like metrics measured on most test keys
 * @param xVariable         nullable: profile x axis and matrix columns
 * @param seriesVariable    nullable: one profile line per value of it
 * @param rowVariable       nullable: matrix rows
 * @param maxChartsPerMetric most profiles and matrices per metric
 * @param trendsByDate      trends against dates instead of run numbers
 */
public record ReportRequest(List<Path> files, @CheckForNull Path history, Path out, List<String> metrics, @CheckForNull String xVariable,
                            @CheckForNull String seriesVariable, @CheckForNull String rowVariable, int maxChartsPerMetric, boolean trendsByDate) {

    public static final int DEFAULT_MAX_CHARTS = 8;

    public ReportRequest {
        files = List.copyOf(files);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(out, "out");
        if ((history == null) == files.isEmpty()) {
            throw new IllegalArgumentException("a report needs either run files or a history directory");
        }
        if (maxChartsPerMetric < 1) {
            throw new IllegalArgumentException("at most N charts per metric needs N >= 1, got " + maxChartsPerMetric);
        }
    }

    /** A report of these files with the default choices. */
    public static ReportRequest of(List<Path> files, Path out) {
        return new ReportRequest(files, null, out, List.of(), null, null, null, DEFAULT_MAX_CHARTS, false);
    }
}
