package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Provenance;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfPp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The VNF-PP of one instance as it grows: its reports by Test, and its provenance. */
final class ProfileState {
    private final RunInstance instance;
    private final Clock clock;
    private final Map<Long, Report> reports = new TreeMap<>();
    private final ProvenanceBuilder provenance;

    /** @param previous the instance's output in the VNF-BR being resumed, or null */
    ProfileState(RunInstance instance, Output previous, Provenance.ProvenanceHost host, String environmentType,
                 Clock clock) {
        this.instance = instance;
        this.clock = clock;
        VnfPp before = previous == null ? null : previous.vnfpp();
        this.provenance = new ProvenanceBuilder(before == null ? null : before.provenance(), host, environmentType,
                clock.instant());
        if (before != null) {
            for (Report report : before.reports()) {
                if (report.test() != null) {
                    reports.put(report.test(), report);
                }
            }
        }
    }

    /** A skipped instance's output: its variables, its VNF-BD and a profile that says why, with no reports. */
    static Output skipped(RunInstance instance, String now) {
        VnfBd bd = instance.vnfbd();
        return new Output(instance.id(), variables(instance), bd, new VnfPp(instance.id(), bd.name(), bd.version(),
                "skipped: " + instance.skippedReason(), now, List.of()));
    }

    /** Sets a Test's report: its snapshots so far (in id order), and the error of a failed deployment. */
    void report(int test, List<Snapshot> snapshots, String timestamp, @CheckForNull String error) {
        List<Snapshot> ordered = new ArrayList<>(snapshots);
        ordered.sort((a, b) -> Long.compare(Long.parseLong(a.id()), Long.parseLong(b.id())));
        reports.put((long) test, new Report(Integer.toString(test), (long) test, ordered, timestamp, error));
    }

    void recordDeployment(int test, Deployment deployment) {
        provenance.deployment(test, deployment.facts(), deployment.warnings());
    }

    void recordEvaluations(Snapshot snapshot) {
        for (Evaluation evaluation : snapshot.evaluations()) {
            provenance.evaluation(evaluation);
        }
    }

    void recordRetry(int test, int attempt, String operation, String why) {
        provenance.retry(test, attempt, operation, why);
    }

    void warn(String warning) {
        provenance.warning(warning);
    }

    void finish() {
        provenance.stop(clock.instant());
    }

    Output output() {
        VnfBd bd = instance.vnfbd();
        VnfPp pp = new VnfPp(instance.id(), bd.name(), bd.version(), bd.description(), Assembly.iso(clock.instant()),
                new ArrayList<>(reports.values()), provenance.build());
        return new Output(instance.id(), variables(instance), bd, pp);
    }

    static List<VariableValue> variables(RunInstance instance) {
        return instance.variables().entrySet().stream().map(e -> new VariableValue(e.getKey(), e.getValue())).toList();
    }
}
