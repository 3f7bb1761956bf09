package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Interleave;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.verify.Criteria;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.Interleaving;
import io.vnfbench.engine.verify.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What a front end changes in a VNF-BR's gate for one verification (the command line's {@code --tolerance},
 * {@code --confidence}, {@code --strict}; the Jenkins step's {@code metrics}, {@code tolerance}, {@code confidence},
 * {@code minSamples}). Each value is checked here, once, by the rules the gate itself applies ({@link Criteria}); a
 * value that breaks them is an {@link IllegalArgumentException} saying which and why, before anything runs.
 *
 * @param metrics    names of the gated metrics to keep; empty keeps them all
 * @param tolerance  relative change accepted without a verdict (0.05 = 5 %), or null to keep the document's
 * @param confidence 1 − α for REGRESSION and IMPROVEMENT, or null
 * @param minSamples fewer Trials on either side → INCONCLUSIVE, or null
 * @param strict     true: INCONCLUSIVE fails the gate; null keeps the document's
 * @param interleave baseline and candidate versions to interleave in the run, or null to keep the document's
 */
public record GateOverrides(List<String> metrics, @CheckForNull Double tolerance, @CheckForNull Double confidence,
                            @CheckForNull Integer minSamples, @CheckForNull Boolean strict,
                            @CheckForNull Interleave interleave) {

    public static final GateOverrides NONE = new GateOverrides(List.of(), null, null, null, null, null);

    public GateOverrides(List<String> metrics, @CheckForNull Double tolerance, @CheckForNull Double confidence,
                         @CheckForNull Integer minSamples, @CheckForNull Boolean strict) {
        this(metrics, tolerance, confidence, minSamples, strict, null);
    }

    /**
     * The same overrides, and the versions of an interleaved run ({@code --interleave VARIABLE=A,B}, the step's
     * {@code interleave}): baseline and candidate measured in the same run, A B B A. Null or blank: no versions.
     */
    public GateOverrides withInterleave(@CheckForNull String variableAndVersions) {
        if (variableAndVersions == null || variableAndVersions.isBlank()) {
            return this;
        }
        Interleaving ab = Interleaving.parse(variableAndVersions);
        return new GateOverrides(metrics, tolerance, confidence, minSamples, strict,
                new Interleave(ab.variable(), ab.baseline(), ab.candidate(), null));
    }

    public GateOverrides {
        metrics = List.copyOf(metrics);
        if (tolerance != null) {
            Criteria.of(Direction.HIGHER_IS_BETTER, tolerance);
        }
        if (confidence != null) {
            new Criteria(Direction.HIGHER_IS_BETTER, 0, Criteria.defaultDetect(0), confidence,
                    Criteria.DEFAULT_POWER, Criteria.DEFAULT_MIN_SAMPLES, Criteria.DEFAULT_MAX_SAMPLES, Method.AUTO);
        }
        if (minSamples != null) {
            new Criteria(Direction.HIGHER_IS_BETTER, 0, Criteria.defaultDetect(0), Criteria.DEFAULT_CONFIDENCE,
                    Criteria.DEFAULT_POWER, minSamples, Math.max(minSamples, Criteria.DEFAULT_MAX_SAMPLES),
                    Method.AUTO);
        }
    }

    /** A fraction as the command line writes it: {@code 5%} or {@code 0.05} (the gate's own grammar). */
    @CheckForNull
    public static Double fraction(@CheckForNull String text) {
        return text == null ? null : GateSpec.parseFraction(text);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The section with these overrides applied: the kept metrics, each with the overridden values. */
    Verification applyTo(Verification v, String where) throws InvalidInputException {
        List<GatedMetric> kept = new ArrayList<>();
        List<String> known = v.metrics().stream().map(GatedMetric::name).toList();
        for (String name : metrics) {
            if (!known.contains(name)) {
                throw new InvalidInputException(where + ": metrics: '" + name
                        + "' is not a gated metric of the verification section; gated: " + known);
            }
        }
        String t = tolerance == null ? null : Double.toString(tolerance);
        String c = confidence == null ? null : Double.toString(confidence);
        // the confidence given is the build's: it replaces the metrics' own shares of the false-alarm budget
        Long min = minSamples == null ? null : minSamples.longValue();
        for (GatedMetric m : v.metrics()) {
            if (metrics.isEmpty() || metrics.contains(m.name())) {
                kept.add(new GatedMetric(m.name(), m.source(), m.metric(), m.agent(), m.tests(), m.direction(),
                        t != null ? t : m.tolerance(), m.detect(), c != null ? null : m.confidence(), m.power(),
                        min != null ? min : m.minSamples(), m.method(), m.statistic(), m.atLeast(), m.atMost()));
            }
        }
        return new Verification(kept, t != null ? t : v.tolerance(), v.detect(), c != null ? c : v.confidence(),
                v.power(), min != null ? min : v.minSamples(), v.maxSamples(), v.method(), v.errorsFail(),
                strict != null ? strict : v.strict(), v.budget(), interleave != null ? interleave : v.interleave(),
                v.result());
    }
}
