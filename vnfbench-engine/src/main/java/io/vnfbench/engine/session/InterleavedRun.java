package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Experiments;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.plan.TestKey;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.run.ExtraTrials;
import io.vnfbench.engine.run.Manager;
import io.vnfbench.engine.run.RunInstance;
import io.vnfbench.engine.run.RunResult;
import io.vnfbench.engine.run.RunSink;
import io.vnfbench.engine.run.RunStatus;
import io.vnfbench.engine.run.RunValidationException;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.Interleaving;
import io.vnfbench.engine.verify.LiveGate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An interleaved run: for every cell (the Test key without the version variable) the baseline version A and the
 * candidate version B are deployed alternately in A B B A blocks, each a fresh deployment (a Test) with the VNF-BD's
 * Trials, so that the machine's level, common to the two deployments of a pair, cancels in the pairwise comparison.
 * Every cell gets {@code blocks} blocks in the first round; a cell gets one more block per round while the
 * {@link LiveGate} cannot decide it, within {@code max_samples} pairs and the run's budget. The Manager runs each round
 * (its Tests as single-Test instances); the run's VNF-BR keeps one output per version and cell with its Tests numbered
 * in the order of the pairs, and is written after every round.
 */
final class InterleavedRun {
    private final Manager manager;
    private final GateSpec spec;
    private final Interleaving ab;
    private final RunListener listener;

    InterleavedRun(Manager manager, GateSpec spec, RunListener listener) {
        this.manager = manager;
        this.spec = spec;
        this.ab = Objects.requireNonNull(spec.interleave(), "an interleaved run needs the gate's interleave");
        this.listener = listener;
    }

    /** One cell: the instances of its two versions, and the reports so far. */
    private static final class Cell {
        final String key;
        @CheckForNull
        RunInstance a;
        @CheckForNull
        RunInstance b;
        final List<Report> reportsA = new ArrayList<>();
        final List<Report> reportsB = new ArrayList<>();
        @CheckForNull
        io.vnfbench.engine.model.Provenance provenanceA;
        @CheckForNull
        io.vnfbench.engine.model.Provenance provenanceB;

        Cell(String key) {
            this.key = key;
        }

        /** The baseline version's instance; every cell has one once the instances are sorted into cells. */
        RunInstance first() {
            return Objects.requireNonNull(a, "cell " + key + " has no baseline instance");
        }

        /** The candidate version's instance. */
        RunInstance second() {
            return Objects.requireNonNull(b, "cell " + key + " has no candidate instance");
        }
    }

    RunResult run(VnfBr input, List<RunInstance> instances, RunSink sink, CancellationToken token)
            throws RunValidationException, IOException {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<RunInstance> others = new ArrayList<>();
        for (RunInstance i : instances) {
            String version = i.variables().get(ab.variable());
            if (i.skipped() || version == null || !(version.equals(ab.baseline()) || version.equals(ab.candidate()))) {
                others.add(i);
                continue;
            }
            Map<String, String> rest = new LinkedHashMap<>(i.variables());
            rest.remove(ab.variable());
            Cell c = cells.computeIfAbsent(TestKey.of(rest), Cell::new);
            if (version.equals(ab.baseline())) {
                c.a = i;
            } else {
                c.b = i;
            }
        }
        cells.values().removeIf(c -> {
            if (c.a == null || c.b == null) {
                listener.warning("interleave: cell " + c.key + " has only one of the versions; not run");
                return true;
            }
            return false;
        });
        others.stream().filter(i -> !i.skipped()).forEach(i -> listener.warning("interleave: instance " + i.id() + " ("
                + i.testKey() + ") is neither " + ab.variable() + "=" + ab.baseline() + " nor " + ab.candidate()
                + "; not run"));
        int trialsPerTest = cells.values().stream().mapToInt(c -> Math.toIntExact(c.first().vnfbd().trials())).max().orElse(1);
        int planned = cells.size() * ab.blocks() * 4 * trialsPerTest;
        LiveGate live = new LiveGate(spec, List.copyOf(cells.keySet()), spec.budget().extra(planned));
        listener.warning(String.format(Locale.ROOT, "interleave: %d cells, %s (A) against %s (B), A B B A blocks of "
                + "%d-Trial deployments: %d Trials planned, budget %d (%s)", cells.size(), ab.baseline(),
                ab.candidate(), trialsPerTest, planned, planned + spec.budget().extra(planned), spec.budget()));
        Map<String, Integer> due = new LinkedHashMap<>();
        cells.keySet().forEach(k -> due.put(k, ab.blocks()));
        int trialsRun = 0;
        RunStatus status = RunStatus.COMPLETED;
        List<RunInstance> skipped = others.stream().filter(RunInstance::skipped).toList();
        VnfBr merged = merge(input, instances, cells, List.of());
        boolean first = true;
        while (!due.isEmpty() && status == RunStatus.COMPLETED) {
            List<RunInstance> steps = new ArrayList<>(first ? skipped : List.of());
            for (Map.Entry<String, Integer> d : due.entrySet()) {
                Cell c = cells.get(d.getKey());
                for (int block = 0; block < d.getValue(); block++) {
                    int test = c.reportsA.size() + 2 * block + 1;
                    steps.add(step(c.first(), test));
                    steps.add(step(c.second(), test));
                    steps.add(step(c.second(), test + 1));
                    steps.add(step(c.first(), test + 1));
                }
            }
            RunResult round = manager.run(input, steps, RunSink.none(), null, token, ExtraTrials.NONE);
            status = round.status();
            trialsRun += round.trialsRun();
            List<Output> skippedOutputs = new ArrayList<>();
            for (Output o : round.vnfbr().outputs()) {
                int hash = o.id().lastIndexOf("#t");
                if (hash < 0) {
                    skippedOutputs.add(o);
                    continue;
                }
                String id = o.id().substring(0, hash);
                long test = Long.parseLong(o.id().substring(hash + 2));
                for (Cell c : cells.values()) {
                    boolean isA = c.first().id().equals(id);
                    List<Report> into = isA ? c.reportsA : c.second().id().equals(id) ? c.reportsB : null;
                    if (into != null && o.vnfpp() != null) {
                        o.vnfpp().reports().forEach(r -> into.add(new Report(Long.toString(test), test, r.snapshots(),
                                r.timestamp(), r.error())));
                        if (isA) {
                            c.provenanceA = o.vnfpp().provenance();
                        } else {
                            c.provenanceB = o.vnfpp().provenance();
                        }
                    }
                }
            }
            merged = merge(input, instances, cells, first ? skippedOutputs : merged.outputs().stream()
                    .filter(o -> cells.values().stream().noneMatch(c -> c.first().id().equals(o.id()) || c.second().id().equals(o.id())))
                    .toList());
            sink.write(merged, true);
            first = false;
            due.clear();
            if (status != RunStatus.COMPLETED) {
                break;
            }
            for (Cell c : cells.values()) {
                if (live.nextBlock(c.key, c.reportsA, c.reportsB, trialsPerTest).anotherTrial()) {
                    due.put(c.key, 1);
                }
            }
        }
        return new RunResult(merged, status, trialsRun, 0);
    }

    /** One Test of an instance as a single-Test instance of its own, named after the Test. */
    private static RunInstance step(RunInstance instance, int test) {
        VnfBd bd = instance.vnfbd();
        Experiments experiments = new Experiments(bd.trials(), 1L);
        VnfBd single = new VnfBd(bd.id(), bd.name(), bd.version(), bd.description(), bd.timestamp(), experiments,
                bd.scenario(), bd.proceedings());
        return new RunInstance(instance.id() + "#t" + test, instance.testKey(), instance.variables(), single, null);
    }

    /** The run's VNF-BR: one output per version and cell, in plan order, then the outputs of the other instances. */
    private static VnfBr merge(VnfBr input, List<RunInstance> instances, Map<String, Cell> cells, List<Output> others) {
        List<Output> outputs = new ArrayList<>();
        for (RunInstance i : instances) {
            for (Cell c : cells.values()) {
                List<Report> reports = c.a == i ? c.reportsA : c.b == i ? c.reportsB : null;
                if (reports != null && !reports.isEmpty()) {
                    List<Report> ordered = new ArrayList<>(reports);
                    ordered.sort(java.util.Comparator.comparing(Report::test));
                    outputs.add(new Output(i.id(), variables(i), i.vnfbd(), new VnfPp(i.id(), i.vnfbd().name(),
                            i.vnfbd().version(), null, null, ordered, c.a == i ? c.provenanceA : c.provenanceB)));
                }
            }
        }
        outputs.addAll(others);
        return input.withOutputs(outputs);
    }

    private static List<io.vnfbench.engine.model.VariableValue> variables(RunInstance i) {
        List<io.vnfbench.engine.model.VariableValue> out = new ArrayList<>();
        i.variables().forEach((k, v) -> out.add(new io.vnfbench.engine.model.VariableValue(k, v)));
        return out;
    }
}
