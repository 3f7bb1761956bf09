package io.vnfbench.engine.trend;

import java.util.Arrays;

/**
 * Order statistics, mean and sample standard deviation of one metric's samples. Non-finite samples (NaN, infinities)
 * are not counted: {@code n} is the number of finite samples, and with {@code n == 0} every statistic is NaN; the
 * standard deviation needs two samples and is NaN below that.
 */
public record SampleStatistics(int n, double min, double median, double max, double mean, double stdev) {

    public static final SampleStatistics EMPTY = new SampleStatistics(0, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN);

    public SampleStatistics {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
    }

    /** Computes the statistics of the finite values among {@code samples} (the array is not modified). */
    public static SampleStatistics of(double[] samples, int length) {
        double[] finite = new double[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            double v = samples[i];
            if (Double.isFinite(v)) {
                finite[n++] = v;
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(finite, 0, n);
        double median = (n % 2 != 0) ? finite[n / 2] : (finite[n / 2 - 1] + finite[n / 2]) / 2.0;
        // Welford's update keeps the variance accurate for large values with small spread (pps around 1e7).
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double delta = finite[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (finite[i] - mean);
        }
        double stdev = n > 1 ? Math.sqrt(m2 / (n - 1)) : Double.NaN;
        return new SampleStatistics(n, finite[0], median, finite[n - 1], mean, stdev);
    }

    public static SampleStatistics of(double... samples) {
        return of(samples, samples.length);
    }
}
