package io.vnfbench.engine.render;

/** Pixel size of a chart; fonts and strokes scale with it so 500×250 and full width both read well. */
public record ChartSize(int width, int height) {
    /** The size a Jenkins page shows a trend at. */
    public static final ChartSize SMALL = new ChartSize(500, 250);
    /** Full width in the HTML report. */
    public static final ChartSize WIDE = new ChartSize(1000, 450);

    static final int MAX_PIXELS = 4096;

    public ChartSize {
        if (width < 100 || height < 80 || width > MAX_PIXELS || height > MAX_PIXELS) {
            throw new IllegalArgumentException("chart size " + width + "x" + height
                    + " is outside 100x80 .. " + MAX_PIXELS + "x" + MAX_PIXELS);
        }
    }
}
