package io.vnfbench.engine.session;

import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.run.ExtraTrials;
import io.vnfbench.engine.run.RunInstance;
import io.vnfbench.engine.run.StandingTest;
import io.vnfbench.engine.verify.Baseline;
import io.vnfbench.engine.verify.GatePlan;
import io.vnfbench.engine.verify.GateSpec;
import io.vnfbench.engine.verify.LiveGate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live sequential Trials for a run that is gated against a baseline: after the planned Trials of a Test key's last
 * Test, while its deployment stands, one more Trial at a time while the {@link LiveGate} cannot decide a gated row of
 * the key, within {@code max_samples} and the run's budget. Before the run, the {@link GatePlan} says what the budget
 * can reach. The extra Trials are ordinary Trials of the Test, recorded and persisted by the Manager.
 */
final class LiveTrials implements ExtraTrials {
    private final LiveGate gate;
    private final RunListener listener;
    private final Map<String, List<Report>> earlierTests = new HashMap<>();

    private LiveTrials(LiveGate gate, RunListener listener) {
        this.gate = gate;
        this.listener = listener;
    }

    /**
     * The live Trials of a gated run, or none: no gate, an interleaved gate (it runs blocks, not Trials), or a baseline
     * that yields no run (every row will say NO_BASELINE; more Trials cannot change that).
     */
    static ExtraTrials of(VnfBr input, String name, GateRequest how, List<RunInstance> instances, RunListener listener)
            throws InvalidInputException {
        GateSpec spec = GateUseCase.spec(input, name, how);
        if (spec.interleave() != null) {
            return ExtraTrials.NONE;
        }
        List<String> warnings = new ArrayList<>();
        Baseline baseline = GateUseCase.baseline(how.baseline(), input, warnings);
        if (baseline.runs().stream().allMatch(r -> r.report().outputs().isEmpty())) {
            return ExtraTrials.NONE;
        }
        List<RunInstance> running = instances.stream().filter(i -> !i.skipped()).toList();
        if (running.isEmpty()) {
            return ExtraTrials.NONE;
        }
        List<String> keys = running.stream().map(RunInstance::testKey).toList();
        int planned = running.stream().mapToInt(i -> Math.toIntExact(i.vnfbd().tests() * i.vnfbd().trials())).sum();
        int extra = spec.budget().extra(planned);
        RunInstance first = running.get(0);
        GatePlan.Plan plan = GatePlan.plan(spec, baseline, keys, Math.toIntExact(first.vnfbd().tests()),
                Math.toIntExact(first.vnfbd().trials()));
        listener.warning(String.format(Locale.ROOT, "gate plan: %d Trials planned, about %d needed to detect every "
                + "gated regression of its size, budget %d (%s)", plan.plannedTrials(), plan.neededTrials(),
                planned + extra, spec.budget()));
        plan.warnings().forEach(w -> listener.warning("gate plan: " + w));
        return new LiveTrials(new LiveGate(spec, baseline, keys, extra), listener);
    }

    @Override
    public void afterPlannedTrials(StandingTest test) throws InterruptedException, IOException {
        List<Report> earlier = earlierTests.computeIfAbsent(test.instanceId(), k -> new ArrayList<>());
        if (test.test() < test.tests()) {
            earlier.add(report(test.test(), test.snapshots()));
            return;
        }
        int added = 0;
        while (true) {
            List<Report> reports = new ArrayList<>(earlier);
            reports.add(report(test.test(), test.snapshots()));
            LiveGate.Request request = gate.next(test.testKey(), reports);
            if (!request.anotherTrial()) {
                if (added > 0) {
                    listener.warning(String.format(Locale.ROOT, "gate: %s: %d extra Trial%s; stopped: %s",
                            test.testKey(), added, added == 1 ? "" : "s", request.reason()));
                }
                return;
            }
            test.runTrial();
            added++;
        }
    }

    private static Report report(int test, List<Snapshot> snapshots) {
        return new Report(Integer.toString(test), (long) test, snapshots, null, null);
    }
}
