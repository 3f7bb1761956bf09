package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.trend.TrendPoint;
import io.vnfbench.engine.trend.TrendSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric across runs: the median as a line inside its min–max band across Trials, the baseline the gate used as
 * a dashed line, and a marker on every run with a REGRESSION (down triangle) or IMPROVEMENT (up triangle). Long
 * histories are downsampled into buckets (see {@link TrendSeries#downsample(int)}), never cut off.
 */
public final class TrendChart {
    /** Series colours for trends; vermillion and green are kept for the verdict markers. */
    private static final Color[] LINE_COLOURS = {ChartStyle.BLUE, ChartStyle.ORANGE, ChartStyle.PURPLE,
        ChartStyle.SKY, ChartStyle.BLACK};
    private static final int SHAPES_UP_TO = 60;

    private TrendChart() {
    }

    /** What the x axis shows. */
    public enum XAxisMode {
        RUN_NUMBER,
        DATE
    }

    /**
     * @param maxPoints at most this many points per series; 0 picks one per two pixels of width
     * @param title     nullable: defaults to the metric's name
     */
    public record Options(ChartSize size, XAxisMode xAxis, int maxPoints, @CheckForNull String title) {
        public Options {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(xAxis, "xAxis");
            if (maxPoints < 0) {
                throw new IllegalArgumentException("maxPoints must not be negative: " + maxPoints);
            }
        }

        public static Options of(ChartSize size) {
            return new Options(size, XAxisMode.RUN_NUMBER, 0, null);
        }

        int effectiveMaxPoints() {
            return maxPoints > 0 ? maxPoints : Math.max(10, size.width() / 2);
        }
    }

    public static byte[] render(TrendSeries series, Options options) {
        return render(List.of(series), options);
    }

    /** A small set of series (e.g. one metric for a few test keys) on one chart; each gets its own colour. */
    public static byte[] render(List<TrendSeries> seriesList, Options options) {
        return Png.render(build(seriesList, options), options.size());
    }

    static JFreeChart build(List<TrendSeries> seriesList, Options options) {
        ChartStyle style = new ChartStyle(options.size());
        boolean byDate = options.xAxis() == XAxisMode.DATE;
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYSeriesCollection baselines = new XYSeriesCollection();
        XYSeries regressions = new XYSeries("REGRESSION", true, true);
        XYSeries improvements = new XYSeries("IMPROVEMENT", true, true);
        List<Paint> baselinePaints = new ArrayList<>();
        Range xr = new Range();
        Range yr = new Range();
        int maxPointsShown = 0;
        List<String> notes = new ArrayList<>();
        String unit = "";
        for (int s = 0; s < seriesList.size(); s++) {
            TrendSeries full = seriesList.get(s);
            TrendSeries series = full.downsample(options.effectiveMaxPoints());
            if (series.downsampled()) {
                notes.add(full.points().size() + " runs in " + series.points().size()
                        + " buckets (band: bucket min–max, line: median of medians)");
            }
            if (unit.isEmpty()) {
                unit = series.unit();
            }
            String name = seriesList.size() == 1 ? "median, band min–max" : series.key().testKey();
            YIntervalSeries band = new YIntervalSeries(uniqueName(bands, name), false, true);
            XYSeries baseline = new XYSeries("baseline" + (seriesList.size() == 1 ? "" : " " + (s + 1)), true, true);
            int shown = 0;
            for (TrendPoint p : series.points()) {
                if (!Double.isFinite(p.median())) {
                    continue;
                }
                double x;
                if (byDate) {
                    if (p.timestamp() == null) {
                        continue;
                    }
                    x = p.timestamp().toEpochMilli();
                } else {
                    x = p.runNumber();
                }
                double lo = Double.isFinite(p.min()) ? Math.min(p.min(), p.median()) : p.median();
                double hi = Double.isFinite(p.max()) ? Math.max(p.max(), p.median()) : p.median();
                band.add(x, p.median(), lo, hi);
                xr.add(x);
                yr.add(lo);
                yr.add(hi);
                shown++;
                if (Double.isFinite(p.baselineMedian())) {
                    baseline.add(x, p.baselineMedian());
                    yr.add(p.baselineMedian());
                }
                if (p.isRegression()) {
                    regressions.add(x, p.median());
                } else if (p.isImprovement()) {
                    improvements.add(x, p.median());
                }
            }
            maxPointsShown = Math.max(maxPointsShown, shown);
            bands.addSeries(band);
            if (baseline.getItemCount() > 0) {
                baselines.addSeries(baseline);
                baselinePaints.add(LINE_COLOURS[s % LINE_COLOURS.length]);
            }
        }

        DeviationRenderer bandRenderer = new DeviationRenderer(true, maxPointsShown <= SHAPES_UP_TO);
        bandRenderer.setAlpha(0.18f);
        for (int s = 0; s < bands.getSeriesCount(); s++) {
            Color c = LINE_COLOURS[s % LINE_COLOURS.length];
            bandRenderer.setSeriesPaint(s, c);
            bandRenderer.setSeriesFillPaint(s, c);
            bandRenderer.setSeriesStroke(s, style.seriesStroke(0));
            bandRenderer.setSeriesShape(s, style.seriesShape(s));
        }
        // The baseline belongs to each run on its own (each run may compare with a different one), so it is drawn
        // as a short bar at every run, not as a line that would invent values between runs; bars of consecutive
        // runs with the same baseline read as one dashed line.
        XYLineAndShapeRenderer baselineRenderer = new XYLineAndShapeRenderer(false, true);
        double barWidth = Math.max(4, Math.min(options.size().width() / 40.0,
                (options.size().width() * 0.8) / Math.max(1, maxPointsShown) * 0.7));
        for (int s = 0; s < baselines.getSeriesCount(); s++) {
            baselineRenderer.setSeriesPaint(s, baselinePaints.get(s).equals(ChartStyle.BLUE) ? ChartStyle.BLACK
                    : baselinePaints.get(s));
            baselineRenderer.setSeriesShape(s, new java.awt.geom.Rectangle2D.Double(-barWidth / 2, -1.25,
                    barWidth, 2.5));
        }
        XYSeriesCollection markers = new XYSeriesCollection();
        XYLineAndShapeRenderer markerRenderer = new XYLineAndShapeRenderer(false, true);
        markerRenderer.setUseOutlinePaint(true);
        markerRenderer.setDrawOutlines(true);
        if (regressions.getItemCount() > 0) {
            int i = markers.getSeriesCount();
            markers.addSeries(regressions);
            markerRenderer.setSeriesPaint(i, ChartStyle.VERMILLION);
            markerRenderer.setSeriesShape(i, style.markerShape(false));
            markerRenderer.setSeriesOutlinePaint(i, Color.BLACK);
            markerRenderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
        }
        if (improvements.getItemCount() > 0) {
            int i = markers.getSeriesCount();
            markers.addSeries(improvements);
            markerRenderer.setSeriesPaint(i, ChartStyle.GREEN);
            markerRenderer.setSeriesShape(i, style.markerShape(true));
            markerRenderer.setSeriesOutlinePaint(i, Color.BLACK);
            markerRenderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
        }

        String metricName = seriesList.isEmpty() ? "metric" : seriesList.get(0).key().metric();
        ValueAxis xAxis = byDate ? dateAxis() : runAxis();
        NumberAxis yAxis = Charts.valueAxis(metricName, unit, false);
        XYPlot plot = new XYPlot(bands, xAxis, yAxis, bandRenderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDataset(1, baselines);
        plot.setRenderer(1, baselineRenderer);
        plot.setDataset(2, markers);
        plot.setRenderer(2, markerRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (xr.isEmpty()) {
            // Nothing to draw: an empty dataset makes the plot show its "no data" message.
            plot.setDataset(0, new YIntervalSeriesCollection());
            plot.setDataset(1, new XYSeriesCollection());
            plot.setDataset(2, new XYSeriesCollection());
        } else {
            double xPad = byDate ? 3_600_000 : 1;
            xr.applyTo(xAxis, 0.02, xPad);
            yr.applyTo(yAxis, 0.08, 0);
        }

        String title = options.title() != null ? options.title()
                : seriesList.isEmpty() ? "trend" : seriesList.get(0).key().metricLabel();
        List<String> subtitles = new ArrayList<>();
        if (seriesList.size() == 1) {
            subtitles.add(Charts.fit(seriesList.get(0).key().testKey(), options.size(), 7));
        }
        if (!notes.isEmpty()) {
            subtitles.add(notes.get(0));
        }
        JFreeChart chart = Charts.assemble(plot, style, Charts.fit(title, options.size(), 8), subtitles, true);
        return chart;
    }

    private static String uniqueName(YIntervalSeriesCollection bands, String name) {
        String candidate = name;
        int i = 2;
        while (bands.indexOf(candidate) >= 0) {
            candidate = name + " (" + i++ + ")";
        }
        return candidate;
    }

    private static NumberAxis runAxis() {
        NumberAxis axis = new NumberAxis("run");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        NumberFormat plain = NumberFormat.getIntegerInstance(Locale.ROOT);
        plain.setGroupingUsed(false);
        axis.setNumberFormatOverride(plain);
        return axis;
    }

    private static DateAxis dateAxis() {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        DateAxis axis = new DateAxis("date (UTC)", utc, Locale.ROOT);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(utc);
        axis.setDateFormatOverride(format);
        return axis;
    }

    /** Data range with padding; a zero-width range is widened so axes never divide by zero. */
    static final class Range {
        private double lo = Double.POSITIVE_INFINITY;
        private double hi = Double.NEGATIVE_INFINITY;

        void add(double v) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }

        boolean isEmpty() {
            return lo > hi;
        }

        void applyTo(ValueAxis axis, double margin, double minimumPad) {
            if (isEmpty()) {
                return;
            }
            double span = hi - lo;
            double pad;
            if (span <= Math.abs(hi) * 1e-9 || span == 0) {
                pad = Math.max(minimumPad, Math.max(Math.abs(hi) * 0.05, 1e-9));
                if (minimumPad == 0 && hi == 0) {
                    pad = 1;
                }
            } else {
                pad = Math.max(span * margin, minimumPad == 0 ? 0 : minimumPad / 2);
            }
            axis.setRange(lo - pad, hi + pad);
        }
    }
}
