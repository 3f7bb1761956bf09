package io.vnfbench.engine.render;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/** Assembly shared by the chart types: title, subtitles, legend, axes and plot colours. */
final class Charts {
    private Charts() {
    }

    static JFreeChart assemble(XYPlot plot, ChartStyle style, String title, List<String> subtitles,
            boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("no data");
        plot.setNoDataMessageFont(style.labelFont());
        plot.setNoDataMessagePaint(ChartStyle.TEXT);
        styleAxis(plot.getDomainAxis(), style);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i), style);
        }
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        chart.getTitle().setPaint(ChartStyle.TEXT);
        int index = 0;
        for (String text : subtitles) {
            TextTitle sub = new TextTitle(text, style.tickFont());
            sub.setPaint(ChartStyle.TEXT);
            chart.addSubtitle(index++, sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(style.tickFont());
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    static void styleAxis(ValueAxis axis, ChartStyle style) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(style.labelFont());
        axis.setTickLabelFont(style.tickFont());
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setAxisLinePaint(Color.GRAY);
        axis.setTickMarkPaint(Color.GRAY);
    }

    /** A value axis that labels ticks with SI prefixes and names the unit. */
    static NumberAxis valueAxis(String name, String unit, boolean includeZero) {
        NumberAxis axis = new NumberAxis(axisLabel(name, unit));
        axis.setNumberFormatOverride(new SiFormat());
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setAutoRangeMinimumSize(1e-9);
        return axis;
    }

    static String axisLabel(String name, String unit) {
        return unit == null || unit.isEmpty() ? name : name + " [" + unit + "]";
    }

    /** Shortens text that would not fit the chart's width, for titles made of user data. */
    static String fit(String text, ChartSize size, int fontPixels) {
        int max = Math.max(12, size.width() * 2 / Math.max(8, fontPixels) - 2);
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
