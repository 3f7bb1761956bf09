package io.vnfbench.engine.verify;

import java.util.Arrays;

/** Small descriptive helpers on sample arrays (no inference here: that is Commons Statistics' job). */
public final class Samples {
    private Samples() {
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Unbiased sample variance; 0 for a single value. */
    public static double variance(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /** Linear-interpolation quantile (type 7, the spreadsheet default) for p in [0, 1]. */
    public static double quantile(double[] x, double p) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Median absolute deviation scaled to estimate the standard deviation of normal data. */
    public static double robustSd(double[] x) {
        double m = median(x);
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = Math.abs(x[i] - m);
        }
        return 1.4826 * median(d);
    }

    /** Whether any value lies more than {@code k} robust standard deviations from the median. */
    public static boolean hasOutlier(double[] x, double k) {
        double m = median(x);
        double sd = robustSd(x);
        if (sd == 0) {
            for (double v : x) {
                if (v != m) {
                    return true;
                }
            }
            return false;
        }
        for (double v : x) {
            if (Math.abs(v - m) > k * sd) {
                return true;
            }
        }
        return false;
    }

    /** Hodges–Lehmann estimate of the shift of {@code y} against {@code x}: the median of all pairwise differences. */
    public static double hodgesLehmannShift(double[] y, double[] x) {
        double[] d = new double[y.length * x.length];
        int k = 0;
        for (double a : y) {
            for (double b : x) {
                d[k++] = a - b;
            }
        }
        return median(d);
    }

    public static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
