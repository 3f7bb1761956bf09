package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one reduction of measurements to samples, used by the gate ({@link SampleExtractor}) and by the run summaries
 * that trends and tables are drawn from alike: one value per Trial for each metric (docs/verification.md, "Samples").
 *
 * <ol>
 * <li>An evaluation's value of a metric is its scalar, or the median of its vector or series.</li>
 * <li>A Trial's value is the median of those values over every evaluation of the metric in the Trial: every instance,
 *     every repeat, every agent or monitor selected. Instances and repeats share the Trial's deployment and moment;
 *     counting each as a sample would claim a precision the Trials do not have (pseudo-replication), so the Trial,
 *     the unit the draft repeats, is the sample.</li>
 * <li>A value that is not a finite number (NaN, an infinity, text) anywhere in a Trial's measurements of the metric
 *     leaves that Trial without a value, with the reason. It is reported, never averaged away and never a sample.</li>
 * </ol>
 */
public final class TrialValues {

    private TrialValues() {
    }

    /**
     * One Trial of a Test: the snapshots its agents and monitors wrote.
     *
     * @param number the snapshot's {@code trial}; null for snapshots that do not say (each is then a Trial of its own)
     */
    public record Trial(@CheckForNull Long number, List<Snapshot> snapshots) {
        public Trial {
            snapshots = List.copyOf(snapshots);
        }

        /** How messages name it: {@code Trial 3}, or {@code snapshot 1001} when it has no number. */
        public String label() {
            return number != null ? "Trial " + number
                    : "snapshot " + (snapshots.isEmpty() ? "?" : snapshots.get(0).id());
        }
    }

    /**
     * A Trial's value of one metric.
     *
     * @param value   NaN when the Trial has no value
     * @param problem why there is no value; null when there is one
     */
    public record Value(double value, @CheckForNull String problem) {
        public boolean present() {
            return problem == null;
        }
    }

    /** The Trials of one report (one Test) in Trial order; unnumbered snapshots follow, one Trial each. */
    public static List<Trial> trials(Report report) {
        Map<Long, List<Snapshot>> numbered = new TreeMap<>();
        List<Trial> unnumbered = new ArrayList<>();
        for (Snapshot s : report.snapshots()) {
            if (s.trial() == null) {
                unnumbered.add(new Trial(null, List.of(s)));
            } else {
                numbered.computeIfAbsent(s.trial(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Trial> trials = new ArrayList<>();
        numbered.forEach((n, snapshots) -> trials.add(new Trial(n, snapshots)));
        trials.addAll(unnumbered);
        return trials;
    }

    /**
     * The Trial's value from the metric as each of the Trial's matching evaluations holds it (at least one).
     */
    public static Value reduce(List<Metric> measurements) {
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a Trial's value needs at least one measurement");
        }
        double[] perEvaluation = new double[measurements.size()];
        for (int i = 0; i < measurements.size(); i++) {
            Metric m = measurements.get(i);
            double[] values = m.numericValues();
            List<String> raw = m.rawValues();
            if (values.length == 0) {
                return missing(String.format(Locale.ROOT, "%s is not a number (%s)", m.name(),
                        m.isScalar() ? "'" + m.scalar() + "'" : "no numeric values"));
            }
            if (values.length < raw.size()) {
                return missing(String.format(Locale.ROOT, "%s holds a value that is not a finite number (%s of %d "
                        + "values; the Trial has no value)", m.name(), firstBad(raw), raw.size()));
            }
            perEvaluation[i] = values.length == 1 ? values[0] : Samples.median(values);
        }
        return new Value(perEvaluation.length == 1 ? perEvaluation[0] : Samples.median(perEvaluation), null);
    }

    private static Value missing(String why) {
        return new Value(Double.NaN, why);
    }

    private static String firstBad(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            if (Metric.parse(text).isEmpty()) {
                return "'" + text + "' at position " + (i + 1);
            }
        }
        return "a value";
    }
}
