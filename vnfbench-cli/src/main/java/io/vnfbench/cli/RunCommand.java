package io.vnfbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.model.codec.ReadResult;
import io.vnfbench.engine.plan.Plan;
import io.vnfbench.engine.plan.PlanException;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.run.Manager;
import io.vnfbench.engine.run.RunInstance;
import io.vnfbench.engine.run.RunOptions;
import io.vnfbench.engine.run.RunResult;
import io.vnfbench.engine.run.RunSink;
import io.vnfbench.engine.run.RunStatus;
import io.vnfbench.engine.run.RunValidationException;
import io.vnfbench.engine.trend.MetricSummary;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummary;
import io.vnfbench.engine.verify.BaselinePolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vnfbench run FILE}: runs every planned instance of a VNF-BR (Tests × Trials), writes DIR/vnf-br.json after
 * every Trial and prints the medians of each metric across Trials.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a VNF-BR: every planned instance's Tests (fresh deployments) and Trials, writing the"
                + " completed VNF-BR to DIR/vnf-br.json after every Trial, and prints each metric's median across"
                + " Trials per test key.",
            "Ctrl-C or SIGTERM stops the run and tears everything down; --resume continues it later."},
        footer = ExitCode.HELP)
final class RunCommand implements Callable<Integer> {
    static final String OUTPUT_NAME = "vnf-br.json";
    /** How long a signal waits for the run to tear down before the JVM exits anyway. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(60);

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE",
            description = "the VNF-BR (JSON or YAML); with --resume also a partial DIR/vnf-br.json")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "where vnf-br.json is written (default: vnfbench-out;"
            + " with --resume of a partial VNF-BR FILE: FILE itself)")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--resume", description = "continue an interrupted run: keep its finished Trials and run the rest;"
            + " FILE may be the partial vnf-br.json itself, else DIR/vnf-br.json is resumed")
    boolean resume;

    @Option(names = "--continue-on-deploy-failure",
            description = "when a Test's scenario fails to deploy, record the error in its report and go on with the"
                    + " next instance (default: abort the VNF-BR with its error set, as the draft says)")
    boolean continueOnDeployFailure;

    @Option(names = "--deploy-retries", paramLabel = "N",
            description = "retries of a deployment that failed transiently (default: ${DEFAULT-VALUE})")
    int deployRetries = RunOptions.defaults().deployRetries();

    @Option(names = "--deploy-timeout", paramLabel = "SECONDS",
            description = "bound of one deployment until ready (default: ${DEFAULT-VALUE})")
    long deployTimeout = RunOptions.defaults().deployBound().toSeconds();

    @Option(names = "--tool-timeout", paramLabel = "SECONDS",
            description = "bound of a tool run whose sched gives no duration (default: ${DEFAULT-VALUE})")
    long toolTimeout = RunOptions.defaults().defaultToolBound().toSeconds();

    @Option(names = "--limit", paramLabel = "N", description = "most instances allowed (default: ${DEFAULT-VALUE})")
    long limit = PlanOptions.DEFAULT_LIMIT;

    @Option(names = "--verify", description = "after a completed run, verify it against --baseline FILE or --history DIR"
            + " (the gate options of 'vnfbench verify'); the verdicts go into vnf-br.json and the exit code is the"
            + " gate's")
    boolean verify;

    @CommandLine.Mixin
    GateOptions gate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (deployRetries < 0 || deployTimeout < 1 || toolTimeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--deploy-retries must not be negative; --deploy-timeout and --tool-timeout must be at least 1");
        }
        if (!verify && gate.hasBaseline()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline and --history need --verify");
        }
        BaselinePolicy policy = verify ? gate.policy(spec.commandLine()) : null;
        VnfBr input;
        List<RunInstance> instances;
        try {
            ReadResult<VnfBr> read = Documents.read(file, VnfBr.class);
            Diagnostics.warnings(err, read.warnings());
            input = read.value();
            Plan plan = Planner.plan(input, read.origins(), new PlanOptions(limit));
            instances = instances(plan);
        } catch (DocumentException e) {
            Diagnostics.errors(err, e.problems());
            return ExitCode.INVALID_INPUT;
        } catch (PlanException e) {
            Diagnostics.errors(err, e.problems());
            return ExitCode.INVALID_INPUT;
        }
        VnfBr resumed = null;
        Path target = (out == null ? Path.of("vnfbench-out") : out).resolve(OUTPUT_NAME);
        if (resume && !input.outputs().isEmpty()) {
            // FILE is the partial VNF-BR itself: continue it in place unless --out says otherwise
            resumed = input;
            if (out == null) {
                target = file;
            }
        }
        if (resume && resumed == null) {
            if (Files.exists(target)) {
                try {
                    resumed = Documents.read(target, VnfBr.class).value();
                } catch (DocumentException e) {
                    Diagnostics.errors(err, e.problems());
                    return ExitCode.INVALID_INPUT;
                }
            } else {
                err.println("warning: nothing to resume at " + target + "; starting a fresh run");
            }
        }
        VnfBr fresh = input.withOutputs(List.of());
        RunOptions options = RunOptions.builder().deployRetries(deployRetries)
                .deployBound(Duration.ofSeconds(deployTimeout)).defaultToolBound(Duration.ofSeconds(toolTimeout))
                .continueOnDeployFailure(continueOnDeployFailure).build();
        Manager manager = new Manager(EnvironmentRegistry.load(), ProbeRegistry.load(), options, Clock.systemUTC(),
                ProgressPrinter.forEnvironment(err));
        CancellationToken token = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopOnSignal(token, finished), "vnfbench-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        RunResult result;
        try {
            result = manager.run(fresh, instances, RunSink.incremental(target), resumed, token);
        } catch (RunValidationException e) {
            for (String problem : e.problems()) {
                err.println("error: " + problem);
            }
            return ExitCode.INVALID_INPUT;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down because of a signal: the hook is running and waits for us
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (verify) {
            return verified(result, target, policy, stdout, err);
        }
        if (format == Format.json) {
            json(result, target, stdout);
        } else {
            text(result, target, stdout);
        }
        stdout.flush();
        if (result.vnfbr().error() != null) {
            err.println("error: " + result.vnfbr().error());
        }
        err.println("wrote " + target);
        return result.status() == RunStatus.COMPLETED ? ExitCode.OK : ExitCode.RUN_ERROR;
    }

    /**
     * {@code --verify}: the run's table (text) or one JSON document {@code {"run": ..., "verification": ...}}, then the
     * gate on the completed run; the verdicts are written back into vnf-br.json. A run that did not complete is not
     * verified.
     */
    private int verified(RunResult result, Path target, BaselinePolicy policy, PrintWriter stdout, PrintWriter err)
            throws IOException {
        StringWriter run = new StringWriter();
        StringWriter verdicts = new StringWriter();
        PrintWriter runOut = new PrintWriter(run);
        if (format == Format.json) {
            json(result, target, runOut);
        } else {
            text(result, target, runOut);
        }
        runOut.flush();
        if (result.vnfbr().error() != null) {
            err.println("error: " + result.vnfbr().error());
        }
        err.println("wrote " + target);
        int exit;
        if (result.status() != RunStatus.COMPLETED) {
            err.println("error: not verified: the run did not complete");
            exit = ExitCode.RUN_ERROR;
        } else {
            exit = gate.verify(result.vnfbr(), target, policy, target,
                    format == Format.json ? GateOptions.Format.json : GateOptions.Format.text, new PrintWriter(verdicts),
                    err);
        }
        if (format == Format.json) {
            String v = verdicts.toString().strip();
            stdout.println("{\"run\": " + run.toString().strip() + ", \"verification\": " + (v.isEmpty() ? "null" : v) + "}");
        } else {
            stdout.print(run);
            stdout.println();
            stdout.print(verdicts);
        }
        stdout.flush();
        return exit;
    }

    /** Cancels the run, waits (bounded) for its teardown, then ends any process of ours that is left. */
    private static void stopOnSignal(CancellationToken token, CountDownLatch finished) {
        token.cancel("interrupted by a signal (Ctrl-C or SIGTERM)");
        try {
            finished.await(SHUTDOWN_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    static List<RunInstance> instances(Plan plan) {
        List<RunInstance> instances = new ArrayList<>();
        for (PlannedInstance i : plan.instances()) {
            instances.add(new RunInstance(i.id(), i.testKey(), i.variables(), i.vnfbd(),
                    i.status() == PlannedInstance.Status.SKIPPED ? i.reason().orElse("skipped") : null));
        }
        return instances;
    }

    /** Evaluation errors per output id, in output order. */
    static Map<String, Integer> errors(VnfBr vnfbr) {
        Map<String, Integer> errors = new LinkedHashMap<>();
        for (Output output : vnfbr.outputs()) {
            int n = 0;
            if (output.vnfpp() != null) {
                for (Report report : output.vnfpp().reports()) {
                    n += report.error() == null ? 0 : 1;
                    for (Snapshot snapshot : report.snapshots()) {
                        for (Evaluation evaluation : snapshot.evaluations()) {
                            n += evaluation.error() == null ? 0 : 1;
                        }
                    }
                }
            }
            errors.put(output.id(), n);
        }
        return errors;
    }

    private static void text(RunResult result, Path target, PrintWriter out) {
        RunSummary summary = ProfileSummariser.summarise(result.vnfbr(), null, null);
        Map<String, Integer> errors = new LinkedHashMap<>();
        Map<String, Integer> perOutput = errors(result.vnfbr());
        for (Output output : result.vnfbr().outputs()) {
            errors.merge(io.vnfbench.engine.plan.TestKey.of(output), perOutput.get(output.id()), Integer::sum);
        }
        int keyWidth = "TEST KEY".length();
        int metricWidth = "METRIC".length();
        for (MetricSummary m : summary.metrics()) {
            keyWidth = Math.max(keyWidth, m.key().testKey().length());
            metricWidth = Math.max(metricWidth, m.key().metricLabel().length());
        }
        String row = "%-" + keyWidth + "s  %-" + metricWidth + "s  %14s  %-10s  %3s  %s%n";
        out.printf(row, "TEST KEY", "METRIC", "MEDIAN", "UNIT", "N", "ERRORS");
        String previous = null;
        for (MetricSummary m : summary.metrics()) {
            String key = m.key().testKey();
            out.printf(row, key.equals(previous) ? "" : key, m.key().metricLabel(), number(m.statistics().median()),
                    m.unit() == null ? "" : m.unit(), m.statistics().n(),
                    key.equals(previous) ? "" : Integer.toString(errors.getOrDefault(key, 0)));
            previous = key;
        }
        for (Map.Entry<String, Integer> e : errors.entrySet()) {
            if (summary.metrics().stream().noneMatch(m -> m.key().testKey().equals(e.getKey()))) {
                out.printf(row, e.getKey(), "(no metrics)", "", "", 0, e.getValue());
            }
        }
        out.printf("%n%s: %d Trials run, %d resumed, %d failed evaluations%s%n", status(result.status()),
                result.trialsRun(), result.trialsResumed(), result.failedEvaluations(),
                result.vnfbr().error() == null ? "" : "; error: " + result.vnfbr().error());
    }

    private static void json(RunResult result, Path target, PrintWriter out) throws IOException {
        RunSummary summary = ProfileSummariser.summarise(result.vnfbr(), null, null);
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("status", status(result.status()));
        g.writeStringField("vnfbr", target.toString());
        g.writeNumberField("trials_run", result.trialsRun());
        g.writeNumberField("trials_resumed", result.trialsResumed());
        g.writeNumberField("failed_evaluations", result.failedEvaluations());
        if (result.vnfbr().error() != null) {
            g.writeStringField("error", result.vnfbr().error());
        }
        g.writeArrayFieldStart("outputs");
        Map<String, Integer> errors = errors(result.vnfbr());
        for (Output output : result.vnfbr().outputs()) {
            String key = io.vnfbench.engine.plan.TestKey.of(output);
            g.writeStartObject();
            g.writeStringField("id", output.id());
            g.writeStringField("test_key", key);
            g.writeNumberField("errors", errors.get(output.id()));
            g.writeArrayFieldStart("metrics");
            for (MetricSummary m : summary.metrics()) {
                if (!m.key().testKey().equals(key)) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("source", m.key().source());
                g.writeStringField("metric", m.key().metric());
                g.writeStringField("unit", m.unit() == null ? "" : m.unit());
                g.writeNumberField("n", m.statistics().n());
                if (Double.isFinite(m.statistics().median())) {
                    g.writeNumberField("median", m.statistics().median());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
    }

    private static String status(RunStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        return abs != 0 && (abs >= 1e9 || abs < 1e-3) ? String.format(Locale.ROOT, "%.4g", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
