package io.vnfbench.engine.run;

import io.vnfbench.engine.model.Environment;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Inputs;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Orchestrator;
import io.vnfbench.engine.model.Origin;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.SeriesPoint;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.NfvbenchResult;
import io.vnfbench.engine.probe.NfvbenchResults;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns NFVbench result files into one VNF-BR. The file name gives the variables (see {@link FileNamePattern});
 * the placeholder {@code {n}} (or {@code {trial}}) is the Trial number, so files that differ only in it become
 * Trials of one output. Each output holds one Test whose snapshots (one per file) carry one NFVbench evaluation.
 */
public final class NfvbenchImport {
    /** Fits the CNF Testbed's names, e.g. {@code csc_2c4n_ndr-1.json}. */
    public static final String DEFAULT_PATTERN = "{topology}_{chains}c{nfs}n_{run}-{n}.json";
    static final String TOOL = "nfvbench";

    private NfvbenchImport() {
    }

    /**
     * @throws IllegalArgumentException when a file name does not match, two files are the same Trial, or a file is
     *                                  not an NFVbench result (the message names the file)
     * @throws DocumentException        when a file cannot be read or parsed
     */
    public static VnfBr build(List<Path> files, FileNamePattern pattern) throws DocumentException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no NFVbench result files given");
        }
        List<String> variableNames = pattern.names().stream().filter(n -> !isTrial(n)).toList();
        Comparator<Map<String, String>> order = (a, b) -> {
            for (String name : variableNames) {
                int c = compareValues(a.get(name), b.get(name));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        Map<Map<String, String>, Map<Long, Trial>> byAssignment = new TreeMap<>(order);
        for (Path file : files) {
            String fileName = Objects.requireNonNull(file.getFileName(), "file name").toString();
            Map<String, String> values = pattern.match(fileName).orElseThrow(() -> new IllegalArgumentException(
                    file + ": file name does not match the name pattern " + pattern + " (set --name-pattern)"));
            Map<String, String> assignment = new LinkedHashMap<>();
            long trial = 1;
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (isTrial(e.getKey())) {
                    trial = parseTrial(file, e.getValue());
                } else {
                    assignment.put(e.getKey(), e.getValue());
                }
            }
            NfvbenchResult result = NfvbenchResults.read(file);
            Map<Long, Trial> trials = byAssignment.computeIfAbsent(assignment, k -> new TreeMap<>());
            Trial previous = trials.put(trial, new Trial(fileName, result));
            if (previous != null) {
                throw new IllegalArgumentException(file + ": Trial " + trial + " of " + assignment
                        + " is also in " + previous.fileName());
            }
        }
        List<Output> outputs = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        int index = 0;
        for (Map.Entry<Map<String, String>, Map<Long, Trial>> e : byAssignment.entrySet()) {
            String id = Integer.toString(++index);
            List<Snapshot> snapshots = new ArrayList<>();
            Instant outputTime = null;
            for (Map.Entry<Long, Trial> t : e.getValue().entrySet()) {
                NfvbenchResult r = t.getValue().result();
                Instant time = r.time();
                if (time != null) {
                    first = first == null || time.isBefore(first) ? time : first;
                    last = last == null || time.isAfter(last) ? time : last;
                    outputTime = outputTime == null || time.isBefore(outputTime) ? time : outputTime;
                }
                String ts = time == null ? null : time.toString();
                Evaluation evaluation = new Evaluation("1", 1L, 1L,
                        new Source(TOOL, TOOL, "prober", r.version(), r.call() + " # " + t.getValue().fileName()),
                        new Timestamps(ts, ts), metrics(r.measurements()), null);
                snapshots.add(new Snapshot(Long.toString(t.getKey()), t.getKey(), new Origin(TOOL, "agent", null),
                        List.of(evaluation), ts, null));
            }
            String version = e.getValue().values().iterator().next().result().version();
            String ts = outputTime == null ? null : outputTime.toString();
            VnfPp vnfpp = new VnfPp(id, TOOL, version, "imported from NFVbench results", ts,
                    List.of(new Report("1", 1L, snapshots, ts, null)));
            List<VariableValue> vars = new ArrayList<>();
            e.getKey().forEach((k, v) -> vars.add(new VariableValue(k, v)));
            outputs.add(new Output(id, vars, null, vnfpp));
        }
        List<Variable> variables = new ArrayList<>();
        for (String name : variableNames) {
            TreeSet<String> values = new TreeSet<>(NfvbenchImport::compareValues);
            byAssignment.keySet().forEach(a -> values.add(a.get(name)));
            boolean integers = values.stream().allMatch(v -> v.matches("[0-9]{1,9}"));
            variables.add(new Variable(name, null, integers ? "uint32" : "string", "configuration",
                    List.copyOf(values)));
        }
        Environment environment = new Environment(TOOL, "results imported from NFVbench JSON files", null,
                new Orchestrator(TOOL, "import", null, List.of()));
        return new VnfBr("nfvbench-import", "NFVbench results", null, null,
                "Imported from " + files.size() + " NFVbench result files with the name pattern " + pattern,
                null, environment, new Inputs(variables, null, List.of()), outputs,
                new Timestamps(first == null ? null : first.toString(), last == null ? null : last.toString()),
                null);
    }

    /** A probe measurement as the model's metric. */
    public static Metric metric(Measurement m) {
        List<SeriesPoint> series = m.series().stream().map(p -> new SeriesPoint(p.key(), p.value())).toList();
        return new Metric(m.name(), m.unit(), m.type(), m.scalar(), m.vector(), series);
    }

    private static List<Metric> metrics(List<Measurement> measurements) {
        return measurements.stream().map(NfvbenchImport::metric).toList();
    }

    /** Numbers in numeric order before text in text order, so chains 2 comes before chains 10. */
    static int compareValues(String a, String b) {
        boolean an = a.matches("-?[0-9]+(\\.[0-9]+)?");
        boolean bn = b.matches("-?[0-9]+(\\.[0-9]+)?");
        if (an && bn) {
            int c = Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            return c != 0 ? c : a.compareTo(b);
        }
        if (an != bn) {
            return an ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isTrial(String name) {
        return name.equals("n") || name.equals("trial");
    }

    private static long parseTrial(Path file, String text) {
        try {
            long n = Long.parseLong(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file + ": Trial number '" + text + "' from the file name is not a"
                + " positive integer");
    }

    private record Trial(String fileName, NfvbenchResult result) {
    }
}
