package io.vnfbench.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Runs one vnfBenchmark call off the Pipeline thread: the engine on the agent (through {@link AgentGateway}), then the
 * gate and the reports on the controller, then the build result, the build action, the stage warning and the check.
 * Abort interrupts the agent call (remoting cancels the engine there, which tears the scenario down) and completes the
 * step only once teardown finished or its bound passed. Not resumable across a controller restart: the agent side is
 * gone by then; {@code resume: true} in a new build continues from the saved VNF-BR instead.
 */
public class BenchmarkExecution extends StepExecution {

    private static final long serialVersionUID = 1L;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vnfBenchmark-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final transient StepSettings settings;
    private final transient long teardownTimeoutSeconds;
    private final transient AgentGateway agent;
    private final transient Engine engine;
    private final transient ChecksSink checks;
    private final transient Kubeconfigs kubeconfigs;

    private transient volatile Future<?> task;
    private transient volatile Throwable stopCause;
    private transient volatile FilePath workspace;
    private transient volatile String lockFile;
    private final transient AtomicBoolean started = new AtomicBoolean();

    BenchmarkExecution(StepContext context, StepSettings settings, long teardownTimeoutSeconds) {
        this(context, settings, teardownTimeoutSeconds, AgentGateway.REMOTING, EngineAdapter.INSTANCE, ChecksSink.optional(),
                Kubeconfigs.FROM_CREDENTIALS);
    }

    BenchmarkExecution(StepContext context, StepSettings settings, long teardownTimeoutSeconds, AgentGateway agent, Engine engine,
                       ChecksSink checks, Kubeconfigs kubeconfigs) {
        super(context);
        this.settings = settings;
        this.teardownTimeoutSeconds = teardownTimeoutSeconds;
        this.agent = agent;
        this.engine = engine;
        this.checks = checks;
        this.kubeconfigs = kubeconfigs;
    }

    @Override
    public boolean start() {
        task = POOL.submit(this::runGuarded);
        return false;
    }

    /** Runs the whole call synchronously on this thread (what the pool thread does); for tests. */
    void runGuarded() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        StepContext ctx = getContext();
        try {
            ctx.onSuccess(work(ctx));
        } catch (InterruptedException e) {
            Throwable cause = stopCause;
            if (cause == null) {
                ctx.onFailure(e);
                return;
            }
            Thread.interrupted();
            awaitTeardown(ctx);
            ctx.onFailure(cause);
        } catch (Throwable t) {
            ctx.onFailure(stopCause != null ? stopCause : t);
        }
    }

    @Override
    public void stop(Throwable cause) {
        stopCause = cause;
        Future<?> f = task;
        if (f != null) {
            f.cancel(true);
        }
        if (!started.get() || f == null) {
            // cancelled before it began: nothing is deployed, finish now
            if (started.compareAndSet(false, true)) {
                getContext().onFailure(cause);
            }
        }
    }

    @Override
    public void onResume() {
        getContext().onFailure(new AbortException("vnfBenchmark cannot continue after a controller restart (the run on the agent "
                + "was cut off). Run it again with resume: true to continue from the VNF-BR saved in the workspace."));
    }

    @Override
    public String getStatus() {
        return "benchmarking " + (settings == null ? "" : settings.vnfbr());
    }

    private Map<String, Object> work(StepContext ctx) throws Exception {
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
            kubeconfig = kubeconfigs.read(settings.environment().credentialsId(), run);
            log.println("[vnfbench] kubeconfig from credential " + settings.environment().credentialsId());
        }
        AgentRequest request = new AgentRequest(settings.vnfbr(), settings.output(), run.getExternalizableId(),
                settings.environment().type(), settings.environment().namespace(), settings.environment().namespacePrefix(),
                settings.environment().context(), kubeconfig, settings.resume());
        workspace = ws;
        lockFile = request.lockFile();
        String vnfbrJson = agent.run(ws, EngineAdapter.writeRequest(request), listener);

        int index = BenchmarkAction.nextIndex(run);
        Path dir = BenchmarkAction.directory(run, index);
        Files.createDirectories(dir);
        Path vnfbr = dir.resolve(StoredResult.VNFBR_FILE);
        Files.writeString(vnfbr, vnfbrJson);

        Map<String, Path> baselines = new LinkedHashMap<>();
        String note;
        if (settings.mode() == StepSettings.Mode.BENCHMARKING) {
            note = "benchmarking mode: profiles recorded, no gate";
        } else if (settings.baseline().kind() == BaselineSpec.Kind.FILE) {
            note = copyBaselineFile(ws, settings.baseline().path(), dir, baselines);
        } else {
            BaselineSelection.Choice choice = BaselineSelection.choose(settings.baseline(), run, settings.vnfbr(),
                    env == null ? null : env.get("CHANGE_TARGET"));
            for (StoredResult r : choice.builds()) {
                baselines.put("#" + r.number(), r.vnfbr());
            }
            note = choice.note();
        }
        log.println("[vnfbench] baseline: " + note);

        GateReport report = engine.evaluate(vnfbr, new Engine.Evaluation(settings, baselines, note, run.getExternalizableId(),
                run.getNumber()), dir);
        BenchmarkSummary summary = new BenchmarkSummary(settings.vnfbr(), settings.mode().id(), report, note, request.outputVnfbr());
        BenchmarkAction action = new BenchmarkAction(index, summary, report.report(), report.charts());
        run.addAction(action);

        Result result = settings.mode() == StepSettings.Mode.VERIFICATION
                ? ResultMapping.resultFor(report.verdict(), settings.failOn())
                : Result.SUCCESS;
        log.println("[vnfbench] verdict " + report.verdictText() + " " + summary.getCounts()
                + (report.failedTests().isEmpty() ? "" : ", failed: " + String.join(" ", report.failedTests())));
        if (result.isWorseThan(Result.SUCCESS)) {
            String reason = ResultMapping.reason(report.verdict(), report.failedTests().size());
            log.println("[vnfbench] setting build result to " + result + ": " + reason);
            ctx.setResult(result);
            FlowNode node = ctx.get(FlowNode.class);
            if (node != null) {
                node.addOrReplaceAction(new WarningAction(result).withMessage(reason));
            }
        }
        if (settings.mode() == StepSettings.Mode.VERIFICATION) {
            try {
                checks.publish(run, listener, summary, action.getRows());
            } catch (RuntimeException | IOException e) {
                log.println("[vnfbench] could not publish the check: " + e.getMessage());
            }
        }
        return StepOutcome.toMap(summary, action.getUrlName() + "/", result.toString());
    }

    /** {@code file:PATH}: the baseline is a VNF-BR in the workspace; it is copied next to the build's own results. */
    private static String copyBaselineFile(FilePath ws, String path, Path dir, Map<String, Path> baselines)
            throws IOException, InterruptedException {
        FilePath f = ws.child(path);
        if (!f.exists()) {
            return "no baseline: file " + path + " not found in the workspace";
        }
        Path copy = dir.resolve("baseline.json");
        try (InputStream in = f.read()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        baselines.put(path, copy);
        return "file " + path;
    }

    private void awaitTeardown(StepContext ctx) {
        FilePath ws = workspace;
        String lock = lockFile;
        if (ws == null || lock == null) {
            return;
        }
        try {
            PrintStream log = ctx.get(TaskListener.class).getLogger();
            log.println("[vnfbench] aborted: waiting up to " + teardownTimeoutSeconds + " s for the scenario to be torn down");
            boolean done = agent.awaitTeardown(ws, lock, teardownTimeoutSeconds * 1000L);
            log.println(done ? "[vnfbench] teardown finished"
                    : "[vnfbench] teardown still running after " + teardownTimeoutSeconds + " s; the agent finishes it on its own");
        } catch (IOException | InterruptedException e) {
            // the abort itself is what gets reported; a failed wait changes nothing about it
        }
    }
}
