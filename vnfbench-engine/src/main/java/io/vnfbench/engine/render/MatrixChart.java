package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.trend.Matrix;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * A heat map of a metric over two variables (columns × rows, e.g. NFs × chains) with each cell's value printed in
 * it. Colours follow a viridis-like sequential scale (dark = low, yellow = high); cells without a value are light grey
 * and print a dash.
 */
public final class MatrixChart {
    private static final Color[] STOPS = {new Color(0x440154), new Color(0x3B528B), new Color(0x21908C),
        new Color(0x5DC863), new Color(0xFDE725)};

    private MatrixChart() {
    }

    /** @param title nullable: defaults to the metric name */
    public static byte[] render(Matrix matrix, ChartSize size, @CheckForNull String title) {
        return Png.render(build(matrix, size, title), size);
    }

    static JFreeChart build(Matrix matrix, ChartSize size, String title) {
        ChartStyle style = new ChartStyle(size);
        int rows = matrix.rowValues().size();
        int columns = matrix.columnValues().size();
        double[] range = matrix.range();
        Scale scale = new Scale(range[0], range[1]);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        if (rows > 0 && columns > 0) {
            double[][] data = new double[3][rows * columns];
            int k = 0;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    data[0][k] = c;
                    data[1][k] = r;
                    data[2][k] = matrix.value(r, c);
                    k++;
                }
            }
            dataset.addSeries(matrix.metricLabel(), data);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.94);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);
        SymbolAxis xAxis = new SymbolAxis(matrix.columnVariable(), matrix.columnValues().toArray(new String[0]));
        SymbolAxis yAxis = new SymbolAxis(matrix.rowVariable(), matrix.rowValues().toArray(new String[0]));
        for (SymbolAxis axis : new SymbolAxis[] {xAxis, yAxis}) {
            axis.setGridBandsVisible(false);
            axis.setAutoRangeIncludesZero(false);
        }
        xAxis.setRange(-0.5, Math.max(0.5, columns - 0.5));
        yAxis.setRange(-0.5, Math.max(0.5, rows - 0.5));
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (rows > 0 && columns > 0) {
            // Shrink cell text with the cell so values of wide matrices do not overlap.
            int cellWidth = (size.width() - 140) / Math.max(1, columns);
            java.awt.Font font = style.cellFont();
            if (cellWidth < font.getSize() * 4) {
                font = font.deriveFont((float) Math.max(8, cellWidth / 4));
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    double v = matrix.value(r, c);
                    XYTextAnnotation label = new XYTextAnnotation(SiFormat.si(v), c, r);
                    label.setFont(font);
                    label.setPaint(textOn(scale.getPaint(v)));
                    plot.addAnnotation(label);
                }
            }
        }
        String heading = title != null ? title : matrix.metricLabel();
        List<String> subtitles = new ArrayList<>();
        Map<String, String> fixed = new TreeMap<>(matrix.fixed());
        fixed.remove(matrix.rowVariable());
        fixed.remove(matrix.columnVariable());
        String unitText = matrix.unit().isEmpty() ? "" : "median [" + matrix.unit() + "]";
        String sub = (fixed.isEmpty() ? "" : ProfileChart.fixedText(fixed)) + (fixed.isEmpty() || unitText.isEmpty()
                ? "" : "; ") + unitText;
        if (!sub.isEmpty()) {
            subtitles.add(Charts.fit(sub, size, 7));
        }
        JFreeChart chart = Charts.assemble(plot, style, Charts.fit(heading, size, 8), subtitles, false);
        if (rows > 0 && columns > 0 && Double.isFinite(range[0])) {
            NumberAxis legendAxis = new NumberAxis();
            legendAxis.setNumberFormatOverride(new SiFormat());
            legendAxis.setTickLabelFont(style.tickFont());
            legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
            PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            legend.setStripWidth(Math.max(8, size.width() / 60.0));
            legend.setMargin(new RectangleInsets(4, 8, 4, 0));
            legend.setSubdivisionCount(64);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    static Color textOn(Paint background) {
        if (!(background instanceof Color c)) {
            return Color.BLACK;
        }
        double luminance = (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
        return luminance < 0.45 ? Color.WHITE : Color.BLACK;
    }

    /** Sequential colour scale; with all cells equal every cell takes the middle colour. */
    static final class Scale implements PaintScale {
        private final double lower;
        private final double upper;

        Scale(double lo, double hi) {
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                lo = 0;
                hi = 1;
            } else if (hi <= lo) {
                double pad = lo == 0 ? 1 : Math.abs(lo) * 0.5;
                lo -= pad;
                hi += pad;
            }
            this.lower = lo;
            this.upper = hi;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return ChartStyle.MISSING;
            }
            double t = (value - lower) / (upper - lower);
            t = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
            double f = t - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                    mix(a.getBlue(), b.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }
}
