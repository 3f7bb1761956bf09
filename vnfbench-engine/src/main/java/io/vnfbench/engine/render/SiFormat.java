package io.vnfbench.engine.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers with SI prefixes and three significant digits ({@code 6.25M}, {@code 980k}, {@code 12.5}, {@code 350µ}),
 * so axis labels and matrix cells stay short at 500 pixels. Locale-independent.
 */
final class SiFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final String[] BIG = {"", "k", "M", "G", "T", "P"};
    private static final String[] SMALL = {"", "m", "µ", "n"};

    static String si(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        String prefix = "";
        double scaled = value;
        if (abs >= 1000) {
            int i = 0;
            while (Math.abs(scaled) >= 999.5 && i < BIG.length - 1) {
                scaled /= 1000;
                i++;
            }
            prefix = BIG[i];
        } else if (abs < 1) {
            int i = 0;
            while (Math.abs(scaled) < 0.9995 && i < SMALL.length - 1) {
                scaled *= 1000;
                i++;
            }
            prefix = SMALL[i];
        }
        return trim(String.format(Locale.ROOT, digitsFor(scaled), scaled)) + prefix;
    }

    private static String digitsFor(double scaled) {
        double a = Math.abs(scaled);
        return a >= 99.95 ? "%.0f" : a >= 9.995 ? "%.1f" : "%.2f";
    }

    private static String trim(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(si(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(si((double) number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("SiFormat only formats");
    }
}
