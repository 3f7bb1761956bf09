package io.vnfbench.engine.run;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one Trial: every host's tools at once, each tool's {@code instances} as parallel lanes, each lane following
 * the tool's {@link Schedule}. Every wait is bounded; a tool that fails, hangs or throws yields an error result and
 * the Trial goes on. Cancellation of the run token stops the lanes promptly.
 */
final class TrialRunner {
    private final ExecutorService executor;
    private final Clock clock;
    private final RunOptions options;

    TrialRunner(ExecutorService executor, Clock clock, RunOptions options) {
        this.executor = executor;
        this.clock = clock;
        this.options = options;
    }

    /** One result per host, in plan order; each holds its evaluations ordered by tool, instance and repeat. */
    List<HostResult> run(Deployment deployment, TrialPlan plan, CancellationToken runToken) throws InterruptedException {
        CancellationToken trialToken = runToken.child();
        long start = System.nanoTime();
        List<List<Lane>> lanesPerHost = new ArrayList<>();
        Duration longest = Duration.ZERO;
        for (TrialPlan.Host host : plan.hosts()) {
            List<Lane> lanes = new ArrayList<>();
            for (int t = 0; t < host.tools().size(); t++) {
                TrialPlan.ToolRun tool = host.tools().get(t);
                longest = max(longest, laneBound(tool));
                for (int instance = 1; instance <= tool.instances(); instance++) {
                    int copy = instance;
                    int toolIndex = t;
                    lanes.add(new Lane(toolIndex, tool, copy, executor.submit(
                            () -> lane(deployment, host, toolIndex, tool, copy, start, trialToken))));
                }
            }
            lanesPerHost.add(lanes);
        }
        long deadline = start + longest.plus(options.stopGrace()).toNanos();
        List<HostResult> results = new ArrayList<>();
        try {
            for (int h = 0; h < plan.hosts().size(); h++) {
                TrialPlan.Host host = plan.hosts().get(h);
                List<EvaluationResult> evaluations = new ArrayList<>();
                for (Lane lane : lanesPerHost.get(h)) {
                    evaluations.addAll(awaitLane(lane, deadline, trialToken));
                }
                evaluations.sort(Comparator.comparingInt(EvaluationResult::toolIndex)
                        .thenComparingInt(EvaluationResult::instance).thenComparingInt(EvaluationResult::repeat));
                results.add(new HostResult(host, List.copyOf(evaluations), clock.instant()));
            }
        } finally {
            trialToken.cancel("trial finished");
        }
        return results;
    }

    private List<EvaluationResult> awaitLane(Lane lane, long deadline, CancellationToken token)
            throws InterruptedException {
        Instant now = clock.instant();
        try {
            return lane.future().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            token.cancel("the Trial exceeded its bound");
            try {
                return lane.future().get(options.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException | CancellationException again) {
                lane.future().cancel(true);
                return List.of(lane.failed("did not finish within the Trial's bound and was stopped", now, clock));
            }
        } catch (ExecutionException | CancellationException e) {
            return List.of(lane.failed("failed: " + (e.getCause() == null ? e : e.getCause()), now, clock));
        }
    }

    /** One parallel copy of a tool and its running schedule. */
    private record Lane(int toolIndex, TrialPlan.ToolRun tool, int instance, Future<List<EvaluationResult>> future) {
        EvaluationResult failed(String why, Instant start, Clock clock) {
            Instant stop = clock.instant();
            return new EvaluationResult(toolIndex, tool, instance, 1, ProbeResult.failed(why, tool.name(), null, start,
                    stop.isBefore(start) ? start : stop));
        }
    }

    /** One parallel copy of a tool: wait for {@code from}, then {@code repeat} runs {@code interval} apart. */
    private List<EvaluationResult> lane(Deployment deployment, TrialPlan.Host host, int toolIndex,
                                        TrialPlan.ToolRun tool, int instance, long trialStart,
                                        CancellationToken trialToken) throws InterruptedException {
        Schedule schedule = tool.schedule();
        List<EvaluationResult> results = new ArrayList<>();
        sleepUntil(trialStart, schedule.from(), trialToken);
        for (int repeat = 1; repeat <= schedule.repeat(); repeat++) {
            if (repeat > 1) {
                trialToken.sleep(schedule.interval());
            }
            Instant now = clock.instant();
            Duration sinceStart = Duration.ofNanos(System.nanoTime() - trialStart);
            if (trialToken.isCancelled()) {
                results.add(new EvaluationResult(toolIndex, tool, instance, repeat, ProbeResult.failed(
                        "not run: " + trialToken.reason().orElse("cancelled"), tool.name(), null, now, now)));
                continue;
            }
            Duration bound = schedule.runBound(options.toolGrace(), options.defaultToolBound());
            Duration until = schedule.until();
            if (until != null) {
                Duration left = until.minus(sinceStart);
                if (left.isNegative() || left.isZero()) {
                    results.add(new EvaluationResult(toolIndex, tool, instance, repeat, ProbeResult.failed(
                            "not run: sched.until (" + until.toSeconds() + " s) reached", tool.name(), null,
                            now, now)));
                    continue;
                }
                bound = min(bound, left);
            }
            results.add(new EvaluationResult(toolIndex, tool, instance, repeat,
                    invokeBounded(deployment, host, tool, instance, repeat, bound, trialToken)));
        }
        return results;
    }

    private ProbeResult invokeBounded(Deployment deployment, TrialPlan.Host host, TrialPlan.ToolRun tool, int instance,
                                      int repeat, Duration bound, CancellationToken trialToken)
            throws InterruptedException {
        CancellationToken token = trialToken.child();
        ToolInvocation invocation = new ToolInvocation(host.kind(), tool.name(), tool.id(), host.id(), tool.parameters(),
                tool.schedule().duration(), bound, instance, repeat, token);
        Instant start = clock.instant();
        Future<ProbeResult> running = executor.submit(() -> deployment.invoke(invocation));
        try {
            ProbeResult result = running.get(bound.toNanos(), TimeUnit.NANOSECONDS);
            return Objects.requireNonNullElseGet(result, () -> ProbeResult.failed(
                    host.kind().yangName() + " '" + tool.name() + "' returned no result", tool.name(), null, start,
                    clock.instant()));
        } catch (TimeoutException e) {
            String why = "stopped at its bound of " + bound.toMillis() + " ms";
            token.cancel(why);
            try {
                ProbeResult late = running.get(options.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
                return late == null || late.error() == null
                        ? failed(tool, why, start) : late.withError(why);
            } catch (TimeoutException | ExecutionException | CancellationException again) {
                running.cancel(true);
                return failed(tool, why + " and did not stop within " + options.stopGrace().toMillis() + " ms", start);
            }
        } catch (ExecutionException e) {
            return failed(tool, host.kind().yangName() + " '" + tool.name() + "' failed: " + e.getCause(), start);
        } catch (InterruptedException e) {
            token.cancel("interrupted");
            running.cancel(true);
            throw e;
        } finally {
            token.cancel("done");
        }
    }

    private ProbeResult failed(TrialPlan.ToolRun tool, String why, Instant start) {
        Instant stop = clock.instant();
        return ProbeResult.failed(why, tool.name(), null, start, stop.isBefore(start) ? start : stop);
    }

    private Duration laneBound(TrialPlan.ToolRun tool) {
        Schedule schedule = tool.schedule();
        Duration run = schedule.runBound(options.toolGrace(), options.defaultToolBound()).plus(options.stopGrace());
        Duration all = schedule.from().plus(run.plus(schedule.interval()).multipliedBy(schedule.repeat()));
        Duration until = schedule.until();
        return until == null ? all : min(all, until.plus(options.stopGrace()));
    }

    private static void sleepUntil(long start, Duration offset, CancellationToken token) {
        long wait = start + offset.toNanos() - System.nanoTime();
        if (wait > 0) {
            token.sleep(Duration.ofNanos(wait));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** What one host (agent or monitor) produced in a Trial: its snapshot's content. */
    record HostResult(TrialPlan.Host host, List<EvaluationResult> evaluations, Instant stop) {
    }

    /** One run of one tool copy: an evaluation. */
    record EvaluationResult(int toolIndex, TrialPlan.ToolRun tool, int instance, int repeat, ProbeResult result) {
    }
}
