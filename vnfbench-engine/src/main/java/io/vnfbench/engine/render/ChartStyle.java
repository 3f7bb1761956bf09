package io.vnfbench.engine.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Colours, shapes, strokes and fonts shared by all charts. Series colours are the Okabe–Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies; series also differ by marker shape and dash so they
 * read in grey scale too. The heat map uses a viridis-like sequential scale for the same reason.
 */
final class ChartStyle {
    static final Color BLUE = new Color(0x0072B2);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color GREEN = new Color(0x009E73);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color SKY = new Color(0x56B4E9);
    static final Color YELLOW = new Color(0xF0E442);
    static final Color BLACK = new Color(0x000000);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color MISSING = new Color(0xEEEEEE);
    static final Color TEXT = new Color(0x222222);

    private static final Color[] SERIES = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, BLACK, YELLOW};
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};

    /** Family of the fonts charts use: DejaVu Sans when installed (as on Debian with fonts-dejavu-core). */
    static final String FONT_FAMILY = pickFontFamily();

    private final int base;

    ChartStyle(ChartSize size) {
        // 11 px text at 500 px wide, up to 15 px at full width.
        this.base = Math.max(10, Math.min(15, 8 + size.width() / 160));
    }

    Font titleFont() {
        return new Font(FONT_FAMILY, Font.BOLD, base + 1);
    }

    Font labelFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, base);
    }

    Font tickFont() {
        return new Font(FONT_FAMILY, Font.PLAIN, base - 1);
    }

    Font cellFont() {
        return new Font(FONT_FAMILY, Font.BOLD, base - 1);
    }

    Paint seriesPaint(int i) {
        return SERIES[i % SERIES.length];
    }

    Stroke seriesStroke(int i) {
        float w = base >= 13 ? 2.5f : 2f;
        float[] dash = DASHES[(i / SERIES.length + i) % DASHES.length];
        return dash == null ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    Shape seriesShape(int i) {
        double s = base * 0.6;
        return switch (i % 4) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> triangle(s, true);
            default -> diamond(s);
        };
    }

    Shape markerShape(boolean up) {
        return triangle(base * 1.0, up);
    }

    static Shape triangle(double s, boolean up) {
        Path2D.Double p = new Path2D.Double();
        double h = s / 2;
        if (up) {
            p.moveTo(0, -h);
            p.lineTo(h, h);
            p.lineTo(-h, h);
        } else {
            p.moveTo(0, h);
            p.lineTo(h, -h);
            p.lineTo(-h, -h);
        }
        p.closePath();
        return p;
    }

    static Shape diamond(double s) {
        Path2D.Double p = new Path2D.Double();
        double h = s / 2 + 1;
        p.moveTo(0, -h);
        p.lineTo(h, 0);
        p.lineTo(0, h);
        p.lineTo(-h, 0);
        p.closePath();
        return p;
    }

    private static String pickFontFamily() {
        try {
            Set<String> families = new TreeSet<>(Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            return families.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            // No font configuration at all: the logical font still lets charts render their shapes.
            return Font.SANS_SERIF;
        }
    }
}
