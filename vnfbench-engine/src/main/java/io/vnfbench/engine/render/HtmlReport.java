package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.trend.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The self-contained HTML report: {@code index.html} with its PNG charts beside it, readable offline and without
 * JavaScript. Sections: header (VNF, environment, provenance), the gate's verdicts, profile and matrix charts of the
 * newest run, trend charts per gated metric, and the newest run's numbers. What it shows is decided by
 * {@link ReportContent}; {@link ReportPage} writes it. The output depends only on the input (no generation time), so
 * reports can be compared.
 */
public final class HtmlReport {
    static final ChartSize PROFILE_SIZE = new ChartSize(900, 420);
    static final ChartSize MATRIX_SIZE = new ChartSize(900, 380);
    static final ChartSize TREND_SIZE = new ChartSize(900, 320);

    private HtmlReport() {
    }

    /**
     * @param metrics        metric names (or source/metric) to draw profiles and matrices of; empty picks the
     *                       gated metrics, else the two throughput-like metrics measured on most test keys
     * @param xVariable      nullable: the profile's x axis and the matrix columns; chosen per metric when null
     * @param seriesVariable nullable: one profile line per value of it
     * @param rowVariable    nullable: the matrix rows
     * @param maxChartsPerMetric at most this many profiles and this many matrices per metric
     * @param trendAxis      trends by run number or by date
     */
    public record Options(List<String> metrics, @CheckForNull String xVariable, @CheckForNull String seriesVariable, @CheckForNull String rowVariable,
            int maxChartsPerMetric, TrendChart.XAxisMode trendAxis) {
        public Options {
            metrics = List.copyOf(metrics);
            Objects.requireNonNull(trendAxis, "trendAxis");
            if (maxChartsPerMetric < 1) {
                throw new IllegalArgumentException("maxChartsPerMetric must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(List.of(), null, null, null, 8, TrendChart.XAxisMode.RUN_NUMBER);
        }
    }

    /** What was written. */
    public record Result(Path index, List<Path> images, List<String> notes) {
        public Result {
            images = List.copyOf(images);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Writes the report into {@code outDir} (created when missing; files of the same names are replaced).
     *
     * @param newest nullable: the newest run's full VNF-BR, for the header and provenance
     */
    public static Result write(History history, @CheckForNull VnfBr newest, Options options, Path outDir) throws IOException {
        return new ReportPage(ReportContent.of(history, newest, options), options, outDir).write();
    }
}
