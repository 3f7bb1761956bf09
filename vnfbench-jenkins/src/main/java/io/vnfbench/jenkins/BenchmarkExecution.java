package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.GateRequest;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.NotComparableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs one vnfBenchmark call off the Pipeline thread: the baseline chosen among earlier builds ({@link BuildHistory}),
 * the engine on the agent ({@link AgentGateway}), then the gate and the reports on the controller (the engine keeps the
 * run in the call's directory), then the build result, the build action, the stage warning and the check.
 *
 * <p>The base class ({@link SynchronousNonBlockingStepExecution}, as for junit's and warnings-ng's steps) runs
 * {@link #run()} as the build's authentication, on a thread with core's class loader, and blocks restart while it runs.
 * The authentication matters: {@code baseline: 'targetBranch'} lists the sibling branch jobs, and Jenkins lists only
 * what the current authentication may read. {@link #stop} interrupts the run (remoting cancels the engine on the agent,
 * which tears the scenario down) and the step completes once teardown finished or its bound passed, not at once as in
 * the base class. After a controller restart the agent side is gone; {@code resume: true} in a new build continues.
 */
public class BenchmarkExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 2L;

    /**
     * What one call needs besides the context; none of it survives a controller restart, after which {@link #onResume}
     * fails the step (so nothing reads it again).
     */
    private final transient @CheckForNull Call call;

    /** The thread running {@link #run()} while it runs; guarded by {@code this}. */
    private transient @CheckForNull Thread worker;
    /** The first reason {@link #stop} was given; guarded by {@code this}. */
    private transient @CheckForNull Throwable stopCause;
    private transient volatile @CheckForNull FilePath workspace;
    private transient volatile @CheckForNull String lockFile;

    private record Call(StepSettings settings, long teardownTimeoutSeconds, AgentGateway agent, Benchmarks engine,
                        ChecksSink checks, Kubeconfigs kubeconfigs) {
    }

    BenchmarkExecution(StepContext context, StepSettings settings, long teardownTimeoutSeconds, Benchmarks engine) {
        this(context, settings, teardownTimeoutSeconds, AgentGateway.REMOTING, engine, ChecksSink.optional(),
                Kubeconfigs.FROM_CREDENTIALS);
    }

    BenchmarkExecution(StepContext context, StepSettings settings, long teardownTimeoutSeconds, AgentGateway agent,
                       Benchmarks engine, ChecksSink checks, Kubeconfigs kubeconfigs) {
        super(context);
        this.call = new Call(settings, teardownTimeoutSeconds, agent, engine, checks, kubeconfigs);
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        Call c = call;
        synchronized (this) {
            Throwable stopped = stopCause;
            if (stopped != null || c == null) {
                throw rethrowable(stopped != null ? stopped : new AbortException("vnfBenchmark: nothing to run"));
            }
            worker = Thread.currentThread();
        }
        try {
            Map<String, Object> outcome = work(getContext(), c);
            Throwable cause = stopCause();
            if (cause != null) {
                // stopped after the agent finished (teardown is done): the build still ends as stopped
                throw rethrowable(cause);
            }
            return outcome;
        } catch (Exception e) {
            Throwable cause = stopCause();
            if (cause == null) {
                throw e;
            }
            Thread.interrupted();
            awaitTeardown(getContext(), c);
            throw rethrowable(cause);
        } finally {
            synchronized (this) {
                worker = null;
            }
            // a stop() racing the end of the run must not leave its interrupt on the pooled thread
            Thread.interrupted();
        }
    }

    /**
     * Interrupts the run and lets it finish on its own once teardown is over (bounded by the teardown wait); the base
     * class would fail the step at once, ending the build while the scenario is still deployed.
     */
    @Override
    public void stop(@NonNull Throwable cause) {
        Thread t;
        synchronized (this) {
            if (stopCause == null) {
                stopCause = cause;
            }
            t = worker;
        }
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public void onResume() {
        getContext().onFailure(new AbortException("vnfBenchmark cannot continue after a controller restart (the run on the agent "
                + "was cut off). Run it again with resume: true to continue from the VNF-BR saved in the workspace."));
    }

    @Override
    public @NonNull String getStatus() {
        Call c = call;
        return "benchmarking " + (c == null ? "" : c.settings().vnfbr());
    }

    private synchronized @CheckForNull Throwable stopCause() {
        return stopCause;
    }

    private static Exception rethrowable(Throwable cause) {
        if (cause instanceof Exception e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new AbortException(String.valueOf(cause));
    }

    private Map<String, Object> work(StepContext ctx, Call call) throws Exception {
        StepSettings settings = call.settings();
        Run<?, ?> run = ctx.get(Run.class);
        TaskListener listener = ctx.get(TaskListener.class);
        FilePath ws = ctx.get(FilePath.class);
        EnvVars env = ctx.get(EnvVars.class);
        PrintStream log = listener.getLogger();
        log.println("[vnfbench] " + settings.vnfbr() + ": " + settings.mode().id()
                + (settings.mode() == StepSettings.Mode.VERIFICATION ? ", baseline " + settings.baseline() : "")
                + (settings.environment().type().isEmpty() ? "" : ", environment " + settings.environment().type())
                + (settings.resume() ? ", resuming" : ""));

        String kubeconfig = "";
        if (settings.environment().credentials().isPresent()) {
            kubeconfig = call.kubeconfigs().read(settings.environment().credentialsId(), run);
            log.println("[vnfbench] kubeconfig from credential " + settings.environment().credentialsId());
        }
        int index = BenchmarkAction.allocate(run);
        Path dir = BenchmarkAction.directory(run, index);
        boolean verification = settings.mode() == StepSettings.Mode.VERIFICATION;
        BaselineSource baseline = null;
        if (verification) {
            BuildHistory builds = new BuildHistory(run, settings.vnfbr(), env == null ? null : env.get("CHANGE_TARGET"),
                    ws, dir);
            try {
                baseline = call.engine().chooseBaseline(settings.baseline(), builds);
            } catch (InvalidInputException e) {
                throw new AbortException(e.getMessage());
            }
        }
        String note = baseline == null ? "benchmarking mode: profiles recorded, no gate" : baseline.description();
        log.println("[vnfbench] baseline: " + note);

        AgentRequest request = new AgentRequest(settings.vnfbr(), settings.output(), run.getExternalizableId(),
                settings.environment().type(), settings.environment().namespace(), settings.environment().namespacePrefix(),
                settings.environment().context(), kubeconfig, settings.resume(),
                baseline == null ? null : AgentRequest.Gate.of(settings.gate(), baseline));
        workspace = ws;
        lockFile = request.lockFile();
        Files.writeString(dir.resolve(Archive.VNFBR_FILE), call.agent().run(ws, request.toJson(), listener));

        Archive.Kept kept;
        try {
            kept = call.engine().archive(dir, run.getExternalizableId(), run.getNumber(),
                    baseline == null ? null : GateRequest.against(baseline).withOverrides(settings.gate()));
        } catch (InvalidInputException | NotComparableException e) {
            throw new AbortException(e.getMessage());
        }
        kept.gateIfAny().ifPresent(d -> d.warnings().forEach(w -> log.println("[vnfbench] warning: " + w)));
        BenchmarkSummary summary = BenchmarkSummary.of(settings.vnfbr(), settings.mode().id(), kept, note,
                request.outputVnfbr());
        BenchmarkAction action = new BenchmarkAction(index, summary, kept.report(), kept.charts());
        run.addAction(action);

        Result result = verification ? settings.failOn().resultFor(summary.verdict().orElse(null))
                : Result.SUCCESS;
        log.println("[vnfbench] verdict " + summary.getVerdict() + " " + summary.getCounts()
                + (summary.getFailedTests().isEmpty() ? "" : ", failed: " + String.join(" ", summary.getFailedTests())));
        if (result.isWorseThan(Result.SUCCESS)) {
            String reason = StepSettings.FailOn.reason(summary.verdict().orElse(null), summary.getFailedTests().size());
            log.println("[vnfbench] setting build result to " + result + ": " + reason);
            ctx.setResult(result);
            FlowNode node = ctx.get(FlowNode.class);
            if (node != null) {
                node.addOrReplaceAction(new WarningAction(result).withMessage(reason));
            }
        }
        if (verification) {
            try {
                call.checks().publish(run, listener, summary, action.getRows());
            } catch (RuntimeException | IOException e) {
                log.println("[vnfbench] could not publish the check: " + e.getMessage());
            }
        }
        return summary.toMap(action.getUrlName() + "/", result.toString());
    }

    private void awaitTeardown(StepContext ctx, Call call) {
        long teardownTimeoutSeconds = call.teardownTimeoutSeconds();
        FilePath ws = workspace;
        String lock = lockFile;
        if (ws == null || lock == null) {
            return;
        }
        try {
            PrintStream log = ctx.get(TaskListener.class).getLogger();
            log.println("[vnfbench] stopped: waiting up to " + teardownTimeoutSeconds + " s for the scenario to be torn down"
                    + " (inside a timeout step, Pipeline ends this step 60 s after stopping it; teardown then goes on on the agent)");
            boolean done = call.agent().awaitTeardown(ws, lock, teardownTimeoutSeconds * 1000L);
            log.println(done ? "[vnfbench] teardown finished"
                    : "[vnfbench] teardown still running after " + teardownTimeoutSeconds + " s; the agent finishes it on its own");
        } catch (IOException | InterruptedException e) {
            // the abort itself is what gets reported; a failed wait changes nothing about it
        }
    }
}
