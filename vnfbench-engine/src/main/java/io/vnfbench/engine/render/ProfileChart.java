package io.vnfbench.engine.render;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.trend.Profile;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric against one variable for one run, one line per value of another variable, with the min–max spread across
 * Trials as error bars. The value axis starts at zero so lines compare by height.
 */
public final class ProfileChart {
    private ProfileChart() {
    }

    /** @param title nullable: defaults to "metric vs variable" */
    public static byte[] render(Profile profile, ChartSize size, @CheckForNull String title) {
        return Png.render(build(profile, size, title), size);
    }

    static JFreeChart build(Profile profile, ChartSize size, String title) {
        ChartStyle style = new ChartStyle(size);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        TrendChart.Range xr = new TrendChart.Range();
        TrendChart.Range yr = new TrendChart.Range();
        yr.add(0);
        boolean integral = true;
        for (Profile.Series s : profile.series()) {
            String name = s.name();
            int suffix = 2;
            while (dataset.indexOf(name) >= 0) {
                name = s.name() + " (" + suffix++ + ")";
            }
            YIntervalSeries series = new YIntervalSeries(name, true, true);
            for (Profile.Point p : s.points()) {
                if (!Double.isFinite(p.x()) || !Double.isFinite(p.median())) {
                    continue;
                }
                double lo = Double.isFinite(p.min()) ? Math.min(p.min(), p.median()) : p.median();
                double hi = Double.isFinite(p.max()) ? Math.max(p.max(), p.median()) : p.median();
                series.add(p.x(), p.median(), lo, hi);
                xr.add(p.x());
                yr.add(hi);
                integral &= p.x() == Math.rint(p.x());
            }
            dataset.addSeries(series);
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setBaseLinesVisible(true);
        renderer.setBaseShapesVisible(true);
        renderer.setCapLength(style.labelFont().getSize() * 0.6);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, style.seriesPaint(i));
            renderer.setSeriesStroke(i, style.seriesStroke(i));
            renderer.setSeriesShape(i, style.seriesShape(i));
        }
        NumberAxis xAxis = new NumberAxis(profile.xVariable());
        if (integral) {
            xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
            NumberFormat plain = NumberFormat.getIntegerInstance(Locale.ROOT);
            plain.setGroupingUsed(false);
            xAxis.setNumberFormatOverride(plain);
        } else {
            xAxis.setNumberFormatOverride(new SiFormat());
        }
        NumberAxis yAxis = Charts.valueAxis(profile.metricLabel(), profile.unit(), true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        if (xr.isEmpty()) {
            plot.setDataset(new YIntervalSeriesCollection());
        } else {
            xr.applyTo(xAxis, 0.04, 0.5);
            // Zero is in the range: the band starts at the floor, with head room above the highest bar.
            yAxis.setRange(0, headroom(yr));
        }
        String heading = title != null ? title
                : profile.metricLabel() + " vs " + profile.xVariable();
        List<String> subtitles = new ArrayList<>();
        Map<String, String> fixed = new TreeMap<>(profile.fixed());
        fixed.remove(profile.xVariable());
        if (profile.seriesVariable() != null) {
            fixed.remove(profile.seriesVariable());
        }
        if (!fixed.isEmpty()) {
            subtitles.add(Charts.fit(fixedText(fixed), size, 7));
        }
        return Charts.assemble(plot, style, Charts.fit(heading, size, 8), subtitles, true);
    }

    private static double headroom(TrendChart.Range yr) {
        NumberAxis probe = new NumberAxis();
        yr.applyTo(probe, 0.06, 0);
        double upper = probe.getUpperBound();
        return upper > 0 ? upper : 1;
    }

    static String fixedText(Map<String, String> fixed) {
        StringBuilder sb = new StringBuilder();
        fixed.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
