package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Verdict;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sequential rule: asks for one more candidate Trial at a time, only while undecided, against a baseline history's
 * {@link NoiseModel}.
 *
 * <p>After each sample (from {@code minSamples} on) it computes Wald's log-likelihood ratio of "worse by
 * {@code detect}" against "no change" for the candidate mean, whose variance comes from the history (trial noise / n
 * plus build drift plus the centre's own error). It stops at Wald's boundaries ln((1−β)/α) (regression) and
 * ln(β/(1−α)) (no regression), which bound the false-alarm rate by about α and the miss rate for a regression of
 * {@code detect} by about β. At {@code maxSamples} without a decision it falls back to the fixed-n pooled test, so a
 * spread too wide to decide ends INCONCLUSIVE. The simulation in {@code docs/gate-statistics.md} measures the real rates.
 * Trials are spent on the gate's question only (is it a regression); an improvement is reported when the data at the
 * stop already shows it.
 */
public final class SequentialTest {
    /** Where Wald's test stands. */
    public enum State { UNDECIDED, NO_REGRESSION, REGRESSION }

    private final NoiseModel noise;
    private final Criteria criteria;
    private double[] samples = new double[0];
    private State state = State.UNDECIDED;
    private boolean improvementCrossed;

    public SequentialTest(NoiseModel noise, Criteria criteria) {
        if (!noise.usable()) {
            throw new IllegalArgumentException("the sequential rule needs a usable history (" + noise + ")");
        }
        this.noise = noise;
        this.criteria = criteria;
    }

    /** Adds one candidate sample and updates the state. Samples after a decision are kept but do not change it. */
    public void add(double sample) {
        if (!Double.isFinite(sample)) {
            throw new IllegalArgumentException("samples must be finite numbers, got " + sample);
        }
        samples = Arrays.copyOf(samples, samples.length + 1);
        samples[samples.length - 1] = sample;
        if (state != State.UNDECIDED || samples.length < criteria.minSamples()) {
            return;
        }
        PooledComparator.Stats s = PooledComparator.Stats.of(noise, samples, criteria);
        double delta = criteria.detect();
        double variance = s.sd() * s.sd();
        double upper = Math.log((1 - criteria.beta()) / criteria.alpha());
        double lower = Math.log(criteria.beta() / (1 - criteria.alpha()));
        double regression = delta * (s.degradation() - delta / 2) / variance;
        double improvement = delta * (-s.degradation() - delta / 2) / variance;
        improvementCrossed = improvement >= upper;
        if (regression >= upper) {
            state = State.REGRESSION;
        } else if (regression <= lower) {
            state = State.NO_REGRESSION;
        }
    }

    /** Whether another Trial would help: undecided and below the maximum. */
    public boolean wantsMore() {
        return state == State.UNDECIDED && samples.length < criteria.maxSamples();
    }

    public State state() {
        return state;
    }

    public int count() {
        return samples.length;
    }

    /** The verdict on the samples so far. */
    public Comparison result() {
        Comparison fixed = PooledComparator.compare(noise, samples, criteria, "sequential");
        if (state == State.UNDECIDED) {
            return fixed;
        }
        double degradation = criteria.direction().degradation(fixed.change());
        double tol = criteria.tolerance();
        if (state == State.REGRESSION) {
            if (degradation > tol) {
                return with(fixed, Verdict.REGRESSION, String.format(Locale.ROOT,
                        "worse by %s (beyond the %s tolerance); sequential test decided after %d Trials (p = %.3g)",
                        SampleComparator.pct(degradation), SampleComparator.pct(tol), samples.length, fixed.pValue()));
            }
            return with(fixed, Verdict.PASS, "significantly worse but within the " + SampleComparator.pct(tol) + " tolerance");
        }
        if (fixed.verdict() == Verdict.IMPROVEMENT || (improvementCrossed && -degradation > tol)) {
            return with(fixed, Verdict.IMPROVEMENT, String.format(Locale.ROOT,
                    "better by %s (beyond the %s tolerance) after %d Trials", SampleComparator.pct(-degradation),
                    SampleComparator.pct(tol), samples.length));
        }
        return with(fixed, Verdict.PASS, String.format(Locale.ROOT,
                "no regression of %s: sequential test decided after %d Trials (change %s)",
                SampleComparator.pct(criteria.detect()), samples.length, SampleComparator.pct(fixed.change())));
    }

    private static Comparison with(Comparison c, Verdict v, String reason) {
        return new Comparison(v, c.method(), c.baselineCount(), c.candidateCount(), c.baselineMedian(),
                c.candidateMedian(), c.change(), c.pValue(), c.tolerance(), reason);
    }

    /** Runs the rule: starts from the samples at hand and draws more from {@code more} while undecided. */
    public static Comparison run(NoiseModel noise, Criteria criteria, double[] initial, SampleSupply more) {
        SequentialTest test = new SequentialTest(noise, criteria);
        for (double x : initial) {
            test.add(x);
        }
        while (test.wantsMore()) {
            var next = more.next();
            if (next.isEmpty()) {
                break;
            }
            test.add(next.getAsDouble());
        }
        return test.result();
    }
}
