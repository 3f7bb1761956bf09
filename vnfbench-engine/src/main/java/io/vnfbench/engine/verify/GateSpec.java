package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Interleave;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.Verification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validated gate of a VNF-BR's {@code verification} section (our extension, docs/verification.md).
 *
 * <p>{@code confidence} is the build's: the probability that an unchanged build raises no false REGRESSION or
 * IMPROVEMENT in any row. Each gated metric with a relative comparison gets an equal share of the build's false-alarm
 * budget (its criteria's α), unless it sets its own {@code confidence}, which is then its share.
 *
 * @param errorsFail       whether an ERROR verdict fails the gate
 * @param strict           whether INCONCLUSIVE and NO_BASELINE verdicts fail the gate
 * @param buildConfidence  1 − the false-alarm budget of the whole build (the section's {@code confidence})
 * @param budget           most Trials a run may have with the gate's extra ones
 * @param interleave       nullable: baseline and candidate versions measured in the same run
 */
public record GateSpec(List<MetricGate> metrics, boolean errorsFail, boolean strict, double buildConfidence,
                       TrialBudget budget, @CheckForNull Interleaving interleave) {
    private static final String ROOT = "/verification";
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(?:\\.\\d+)?)");

    public GateSpec {
        metrics = List.copyOf(metrics);
    }

    public GateSpec(List<MetricGate> metrics, boolean errorsFail, boolean strict) {
        this(metrics, errorsFail, strict, Criteria.DEFAULT_CONFIDENCE, TrialBudget.DEFAULT, null);
    }

    public GateSpec(List<MetricGate> metrics, boolean errorsFail, boolean strict, double buildConfidence) {
        this(metrics, errorsFail, strict, buildConfidence, TrialBudget.DEFAULT, null);
    }

    /** Whether a row with this verdict fails the gate: REGRESSION; ERROR unless errors do not fail; INCONCLUSIVE and NO_BASELINE when strict. */
    public boolean failsOn(Verdict verdict) {
        return verdict == Verdict.REGRESSION || (verdict == Verdict.ERROR && errorsFail)
                || ((verdict == Verdict.INCONCLUSIVE || verdict == Verdict.NO_BASELINE) && strict);
    }

    public GateSpec withStrict(boolean s) {
        return new GateSpec(metrics, errorsFail, s, buildConfidence, budget, interleave);
    }

    /** The same gate with the versions of an interleaved run (from the command line or the Jenkins step). */
    public GateSpec withInterleave(Interleaving ab) {
        return new GateSpec(metrics, errorsFail, strict, buildConfidence, budget, ab);
    }

    /** The build's false-alarm budget as spent: the sum of the metrics' shares. */
    public double falseAlarmBudget() {
        return metrics.stream().filter(m -> m.relative() != null).mapToDouble(m -> m.relative().alpha()).sum();
    }

    /** Validates a verification section; every problem found is reported at once, with its path. */
    public static GateSpec from(Verification v) throws GateSpecException {
        List<String> problems = new ArrayList<>();
        if (v == null) {
            throw new GateSpecException(List.of(ROOT + ": the document has no verification section (and none was given)"));
        }
        if (v.metrics().isEmpty()) {
            problems.add(ROOT + "/metrics: at least one gated metric is required");
        }
        Defaults d = new Defaults(v, problems);
        long relativeMetrics = v.metrics().stream()
                .filter(m -> m.tolerance() != null || d.tolerance != null).count();
        double share = 1 - (1 - d.confidence) / Math.max(1, relativeMetrics);
        List<MetricGate> gates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (GatedMetric m : v.metrics()) {
            String path = ROOT + "/metrics[name='" + m.name() + "']";
            int before = problems.size();
            if (!names.add(m.name())) {
                problems.add(path + ": duplicate gate name");
            }
            require(m.source(), path + "/source", "the prober or listener name that produced the metric", problems);
            require(m.metric(), path + "/metric", "the metric name", problems);
            Direction direction = null;
            if (m.direction() == null) {
                problems.add(path + "/direction: required ('higher' or 'lower' is better); it is never guessed");
            } else {
                try {
                    direction = Direction.parse(m.direction());
                } catch (IllegalArgumentException e) {
                    problems.add(path + "/direction: " + e.getMessage());
                }
            }
            AbsoluteBound bound = bound(m, path, problems);
            Double tolerance = m.tolerance() != null ? fraction(m.tolerance(), path + "/tolerance", problems) : d.tolerance;
            if (tolerance == null && (bound == null || !bound.isSet())) {
                problems.add(path + ": needs a tolerance (here or in /verification/tolerance) or an absolute bound "
                        + "(at_least / at_most)");
            }
            Criteria criteria = null;
            if (problems.size() == before && direction != null && tolerance != null) {
                double detect = m.detect() != null ? orNaN(fraction(m.detect(), path + "/detect", problems))
                        : d.detect != null ? d.detect : Criteria.defaultDetect(tolerance);
                double confidence = m.confidence() != null ? orNaN(probability(m.confidence(), path + "/confidence", problems))
                        : share;
                double power = m.power() != null ? orNaN(probability(m.power(), path + "/power", problems)) : d.power;
                int min = m.minSamples() != null ? m.minSamples().intValue() : d.minSamples;
                Method method = d.method;
                if (m.method() != null) {
                    try {
                        method = Method.parse(m.method());
                    } catch (IllegalArgumentException e) {
                        problems.add(path + "/method: " + e.getMessage());
                    }
                }
                try {
                    criteria = new Criteria(direction, tolerance, detect, confidence, power, min,
                            Math.max(d.maxSamples, min), method);
                } catch (IllegalArgumentException e) {
                    problems.add(path + ": " + e.getMessage());
                }
            }
            if (problems.size() == before) {
                gates.add(new MetricGate(m.name(), new Selector(m.source(), m.metric(), m.agent(), m.tests()), direction,
                        criteria, bound));
            }
        }
        TrialBudget budget = TrialBudget.DEFAULT;
        if (v.budget() != null) {
            try {
                budget = TrialBudget.parse(v.budget());
            } catch (IllegalArgumentException e) {
                problems.add(ROOT + "/budget: " + e.getMessage());
            }
        }
        Interleaving interleave = null;
        Interleave declared = v.interleave();
        if (declared != null) {
            if (declared.variable() == null || declared.baseline() == null || declared.candidate() == null) {
                problems.add(ROOT + "/interleave: needs variable, baseline and candidate");
            } else {
                try {
                    interleave = Interleaving.of(declared).orElse(null);
                } catch (IllegalArgumentException | ArithmeticException e) {
                    problems.add(ROOT + "/interleave: " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new GateSpecException(problems);
        }
        return new GateSpec(gates, v.errorsFail() == null || v.errorsFail(), Boolean.TRUE.equals(v.strict()),
                d.confidence, budget, interleave);
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    @CheckForNull
    private static AbsoluteBound bound(GatedMetric m, String path, List<String> problems) {
        Double atLeast = m.atLeast() != null ? number(m.atLeast(), path + "/at_least", problems) : null;
        Double atMost = m.atMost() != null ? number(m.atMost(), path + "/at_most", problems) : null;
        String statistic = m.statistic() == null ? "median" : m.statistic().trim().toLowerCase(Locale.ROOT);
        double q;
        Matcher p = PERCENTILE.matcher(statistic);
        if (statistic.equals("median")) {
            q = 0.5;
        } else if (p.matches() && Double.parseDouble(p.group(1)) > 0) {
            q = Double.parseDouble(p.group(1)) / 100;
        } else {
            problems.add(path + "/statistic: must be 'median' or a percentile such as 'p90' or 'p99', got '"
                    + m.statistic() + "'");
            return null;
        }
        if (atLeast != null && atMost != null && atLeast > atMost) {
            problems.add(path + ": at_least " + atLeast + " is above at_most " + atMost);
        }
        return new AbsoluteBound(statistic, q, atLeast, atMost);
    }

    private static void require(String value, String path, String what, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(path + ": required (" + what + ")");
        }
    }

    /** {@code 5%}, {@code 5 %} or {@code 0.05} as a fraction. */
    @CheckForNull
    static Double fraction(String text, String path, List<String> problems) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        Double v = parse(percent ? t.substring(0, t.length() - 1).trim() : t);
        if (v == null || v < 0) {
            problems.add(path + ": expected a non-negative fraction such as 0.05 or 5%, got '" + text + "'");
            return null;
        }
        return percent ? Double.valueOf(v / 100) : v;
    }

    /**
     * {@code 5%}, {@code 5 %} or {@code 0.05} as a fraction: the one grammar of fractions, for documents and for the
     * front ends' overrides alike.
     *
     * @throws IllegalArgumentException naming the text when it is not a non-negative fraction
     */
    public static double parseFraction(String text) {
        List<String> problems = new ArrayList<>();
        Double v = text == null ? null : fraction(text, "value", problems);
        if (v == null) {
            throw new IllegalArgumentException("expected a non-negative fraction such as 0.05 or 5%, got '" + text + "'");
        }
        return v;
    }

    /** {@code 0.99} or {@code 99%}, strictly between 0 and 1. */
    @CheckForNull
    static Double probability(String text, String path, List<String> problems) {
        Double v = fraction(text, path, problems);
        if (v != null && (v <= 0 || v >= 1)) {
            problems.add(path + ": expected a probability between 0 and 1 such as 0.99 or 99%, got '" + text + "'");
            return null;
        }
        return v;
    }

    @CheckForNull
    private static Double number(String text, String path, List<String> problems) {
        Double v = parse(text.trim());
        if (v == null) {
            problems.add(path + ": expected a number, got '" + text + "'");
        }
        return v;
    }

    @CheckForNull
    private static Double parse(String t) {
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Section-level defaults. */
    private static final class Defaults {
        @CheckForNull
        final Double tolerance;
        @CheckForNull
        final Double detect;
        final double confidence;
        final double power;
        final int minSamples;
        final int maxSamples;
        final Method method;

        Defaults(Verification v, List<String> problems) {
            tolerance = v.tolerance() != null ? fraction(v.tolerance(), ROOT + "/tolerance", problems) : null;
            detect = v.detect() != null ? fraction(v.detect(), ROOT + "/detect", problems) : null;
            Double c = v.confidence() != null ? probability(v.confidence(), ROOT + "/confidence", problems) : null;
            confidence = c != null ? c : Criteria.DEFAULT_CONFIDENCE;
            Double p = v.power() != null ? probability(v.power(), ROOT + "/power", problems) : null;
            power = p != null ? p : Criteria.DEFAULT_POWER;
            minSamples = v.minSamples() != null ? v.minSamples().intValue() : Criteria.DEFAULT_MIN_SAMPLES;
            maxSamples = v.maxSamples() != null ? v.maxSamples().intValue() : Criteria.DEFAULT_MAX_SAMPLES;
            Method m = Method.AUTO;
            if (v.method() != null) {
                try {
                    m = Method.parse(v.method());
                } catch (IllegalArgumentException e) {
                    problems.add(ROOT + "/method: " + e.getMessage());
                }
            }
            method = m;
        }
    }
}
