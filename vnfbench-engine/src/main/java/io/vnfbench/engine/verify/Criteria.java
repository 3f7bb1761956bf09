package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import java.util.Objects;

/**
 * The statistical part of one gated metric: which way is better, how much change is tolerated, how large a regression
 * must be caught, and at which error rates.
 *
 * @param direction    which way the metric gets better (required, never guessed)
 * @param tolerance    relative change accepted without a verdict, e.g. 0.02 for 2 %; a REGRESSION or IMPROVEMENT needs
 *                     an estimated change beyond it
 * @param detect       relative regression the gate must catch; a PASS claims that a regression this large is ruled out
 *                     at the configured power, and the sequential rule tests "no change" against "worse by detect"
 * @param confidence   1 − α, this metric's share of the build's false-alarm budget (all its rows together)
 * @param power        1 − β, the probability of catching a regression of size {@code detect}
 * @param minSamples   fewer samples on either side → INCONCLUSIVE
 * @param maxSamples   most Trials a Test (pairs, when interleaved) may have while the gate cannot decide
 * @param method       {@code auto} (the anytime-valid rule) or a fixed-n two-sample test
 */
public record Criteria(Direction direction, double tolerance, double detect, double confidence, double power,
                       int minSamples, int maxSamples, Method method) {

    public static final double DEFAULT_CONFIDENCE = 0.99;
    public static final double DEFAULT_POWER = 0.9;
    public static final int DEFAULT_MIN_SAMPLES = 3;
    public static final int DEFAULT_MAX_SAMPLES = 10;

    public Criteria {
        Objects.requireNonNull(direction, "direction is required (higher or lower), it is never guessed");
        Objects.requireNonNull(method, "method");
        check(tolerance >= 0 && tolerance < 1, "tolerance must be in [0, 1) as a fraction (0.05 = 5 %)", tolerance);
        check(detect > tolerance && detect < 1, "detect must be greater than the tolerance and below 1", detect);
        check(confidence >= 0.5 && confidence < 1, "confidence must be in [0.5, 1)", confidence);
        check(power >= 0.5 && power < 1, "power must be in [0.5, 1)", power);
        check(minSamples >= 2, "min samples must be at least 2 (a spread needs two values)", minSamples);
        check(maxSamples >= minSamples, "max samples must be at least min samples (" + minSamples + ")", maxSamples);
    }

    private static void check(boolean ok, String what, double value) {
        if (!ok || Double.isNaN(value)) {
            throw new IllegalArgumentException(what + ", got " + value);
        }
    }

    /** Defaults for the rest: detect = 2 × tolerance (5 % when the tolerance is 0), 99 % confidence, 90 % power, 3..10 samples, auto. */
    public static Criteria of(Direction direction, double tolerance) {
        return new Criteria(direction, tolerance, defaultDetect(tolerance), DEFAULT_CONFIDENCE, DEFAULT_POWER,
                DEFAULT_MIN_SAMPLES, DEFAULT_MAX_SAMPLES, Method.AUTO);
    }

    /** The default regression size to catch for a tolerance. */
    public static double defaultDetect(double tolerance) {
        return tolerance > 0 ? Math.min(2 * tolerance, 0.99) : 0.05;
    }

    /** α: the false-alarm rate per metric. */
    public double alpha() {
        return 1 - confidence;
    }

    /** β: the miss rate for a regression of size {@code detect}. */
    public double beta() {
        return 1 - power;
    }

    public Criteria withMethod(Method m) {
        return new Criteria(direction, tolerance, detect, confidence, power, minSamples, maxSamples, m);
    }

    public Criteria withSamples(int min, int max) {
        return new Criteria(direction, tolerance, detect, confidence, power, min, max, method);
    }

    public Criteria withDetect(double d) {
        return new Criteria(direction, tolerance, d, confidence, power, minSamples, maxSamples, method);
    }
}
