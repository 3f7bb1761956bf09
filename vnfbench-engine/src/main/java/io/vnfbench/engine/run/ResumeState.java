package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an interrupted run already finished. A Trial counts as finished when its report holds a snapshot for every
 * agent and monitor (the Manager writes a Trial's snapshots together, after the Trial); anything else is run again.
 */
final class ResumeState {
    private static final ResumeState NONE = new ResumeState(null, Map.of());

    private final @CheckForNull VnfBr previous;
    private final Map<String, Output> outputs;

    private ResumeState(@CheckForNull VnfBr previous, Map<String, Output> outputs) {
        this.previous = previous;
        this.outputs = outputs;
    }

    static ResumeState of(VnfBr input, List<RunInstance> instances, @CheckForNull VnfBr previous) throws RunValidationException {
        if (previous == null) {
            return NONE;
        }
        if (!Objects.equals(previous.inputs(), input.inputs()) || !Objects.equals(previous.id(), input.id())) {
            throw new RunValidationException(List.of("the VNF-BR to resume (id '" + previous.id()
                    + "') was produced from different inputs than this one (id '" + input.id()
                    + "'); run without --resume or resume with the same VNF-BR"));
        }
        Set<String> planned = instances.stream().map(RunInstance::id).collect(Collectors.toSet());
        Map<String, Output> outputs = new HashMap<>();
        for (Output output : previous.outputs()) {
            if (!planned.contains(output.id())) {
                throw new RunValidationException(List.of("the VNF-BR to resume has output '" + output.id()
                        + "', which is not a planned instance of these inputs"));
            }
            outputs.put(output.id(), output);
        }
        return new ResumeState(previous, outputs);
    }

    Optional<String> started() {
        return previous == null || previous.timestamp() == null ? Optional.empty()
                : Optional.ofNullable(previous.timestamp().start());
    }

    Optional<Output> output(String id) {
        return Optional.ofNullable(outputs.get(id));
    }

    /** The Trials of a Test found finished. */
    Set<Long> trialsDone(String id, int test, int hosts) {
        Optional<Report> report = report(id, test);
        if (report.isEmpty() || hosts == 0) {
            return Set.of();
        }
        Map<Long, Long> perTrial = report.get().snapshots().stream().filter(s -> s.trial() != null)
                .collect(Collectors.groupingBy(Snapshot::trial, Collectors.counting()));
        return perTrial.entrySet().stream().filter(e -> e.getValue() >= hosts).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The snapshots of the finished Trials of a Test, to keep. */
    List<Snapshot> finishedSnapshots(String id, int test, Set<Long> done) {
        return report(id, test).map(r -> r.snapshots().stream().filter(s -> done.contains(s.trial())).toList())
                .orElse(List.of());
    }

    String reportTimestamp(String id, int test) {
        return report(id, test).map(Report::timestamp).orElse(null);
    }

    private Optional<Report> report(String id, int test) {
        Output output = outputs.get(id);
        if (output == null || output.vnfpp() == null) {
            return Optional.empty();
        }
        return output.vnfpp().reports().stream().filter(r -> r.test() != null && r.test() == test).findFirst();
    }
}
