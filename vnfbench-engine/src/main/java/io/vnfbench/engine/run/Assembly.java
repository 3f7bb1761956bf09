package io.vnfbench.engine.run;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Origin;
import io.vnfbench.engine.model.SeriesPoint;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the tools returned into the draft's VNF-PP pieces: evaluation (one tool run) → snapshot (one agent or
 * monitor in one Trial, with its origin).
 */
final class Assembly {
    private Assembly() {
    }

    /** Snapshot ids follow Gym: 1000 × trial + the host's 1-based position (1001, 1002, ..., 2001, ...). */
    static String snapshotId(long trial, int hostIndex) {
        return Long.toString(trial * 1000 + hostIndex + 1);
    }

    static Snapshot snapshot(TrialRunner.HostResult result, long trial, int hostIndex, String originHost) {
        List<Evaluation> evaluations = new ArrayList<>();
        int failed = 0;
        for (TrialRunner.EvaluationResult run : result.evaluations()) {
            Evaluation evaluation = evaluation(Integer.toString(evaluations.size() + 1), run, result.host());
            if (evaluation.error() != null) {
                failed++;
            }
            evaluations.add(evaluation);
        }
        String error = null;
        if (evaluations.isEmpty()) {
            error = result.host().role() + " '" + result.host().id() + "' has no "
                    + (result.host().kind().yangName() + "s") + " to run";
        } else if (failed == evaluations.size()) {
            error = "every evaluation failed (" + failed + ")";
        }
        return new Snapshot(snapshotId(trial, hostIndex), trial,
                new Origin(result.host().id(), result.host().role(), originHost), evaluations, iso(result.stop()), error);
    }

    static Evaluation evaluation(String id, TrialRunner.EvaluationResult run, TrialPlan.Host host) {
        ProbeResult result = run.result();
        List<Metric> metrics = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        for (Measurement m : result.metrics()) {
            if (names.add(m.name())) {
                metrics.add(metric(m));
            } else {
                dropped.add(m.name());
            }
        }
        String error = result.error();
        if (!dropped.isEmpty()) {
            String note = "duplicate metrics dropped: " + dropped;
            error = error == null ? note : error + "; " + note;
        }
        Source source = new Source(run.tool().id(), run.tool().name(), host.kind().yangName(), result.version(),
                result.call());
        return new Evaluation(id, (long) run.instance(), (long) run.repeat(), source,
                new Timestamps(iso(result.start()), iso(result.stop())), metrics, error);
    }

    static Metric metric(Measurement m) {
        List<SeriesPoint> series = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Measurement.Point p : m.series()) {
            String key = p.key();
            for (int n = 2; !keys.add(key); n++) {
                key = p.key() + "#" + n;
            }
            series.add(new SeriesPoint(key, p.value()));
        }
        return new Metric(m.name(), m.unit(), m.type(), m.scalar(), m.vector(), series);
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
