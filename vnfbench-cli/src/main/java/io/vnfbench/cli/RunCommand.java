package io.vnfbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.MetricLine;
import io.vnfbench.engine.session.RunOutcome;
import io.vnfbench.engine.session.RunRequest;
import io.vnfbench.engine.session.RunningBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vnfbench run FILE}: runs every planned instance of a VNF-BR (Tests × Trials), writes DIR/vnf-br.json after
 * every Trial, writes the HTML report beside it and prints the median of each metric across Trials per test key.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a VNF-BR: every planned instance's Tests (fresh deployments) and Trials, writing the"
                + " completed VNF-BR to DIR/vnf-br.json after every Trial and the HTML report to DIR/report/index.html"
                + " at the end, and prints each metric's median across Trials per test key.",
            "Ctrl-C or SIGTERM stops the run and tears everything down; --resume continues it later."},
        footer = ExitCode.HELP)
final class RunCommand implements Callable<Integer> {
    /** How long a signal waits for the run to tear down before the JVM exits anyway. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(60);

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE",
            description = "the VNF-BR (JSON or YAML); with --resume also a partial DIR/vnf-br.json")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "where vnf-br.json is written (default: vnfbench-out;"
            + " with --resume of a partial VNF-BR FILE: FILE itself)")
    @CheckForNull Path out;

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
    int deployRetries = RunRequest.DEFAULT_DEPLOY_RETRIES;

    @Option(names = "--deploy-timeout", paramLabel = "SECONDS",
            description = "bound of one deployment until ready (default: ${DEFAULT-VALUE})")
    long deployTimeout = RunRequest.DEFAULT_DEPLOY_TIMEOUT.toSeconds();

    @Option(names = "--tool-timeout", paramLabel = "SECONDS",
            description = "bound of a tool run whose sched gives no duration (default: ${DEFAULT-VALUE})")
    long toolTimeout = RunRequest.DEFAULT_TOOL_TIMEOUT.toSeconds();

    @Option(names = "--limit", paramLabel = "N", description = "most instances allowed (default: ${DEFAULT-VALUE})")
    long limit = RunRequest.DEFAULT_LIMIT;

    @Option(names = "--no-report", description = "do not write the HTML report (DIR/report/index.html)")
    boolean noReport;

    @Option(names = "--verify", description = "after a completed run, verify it against --baseline FILE or --history DIR"
            + " (the gate options of 'vnfbench verify'); the verdicts go into vnf-br.json and the exit code is the"
            + " gate's")
    boolean verify;

    @CommandLine.Mixin
    GateOptions gate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!verify && gate.hasBaseline()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline and --history need --verify");
        }
        RunRequest request;
        try {
            request = RunRequest.builder(file).output(out == null ? null : out.resolve(RunRequest.OUTPUT_NAME))
                    .resume(resume).limit(limit).deployRetries(deployRetries)
                    .deployTimeout(Duration.ofSeconds(deployTimeout)).toolTimeout(Duration.ofSeconds(toolTimeout))
                    .continueOnDeployFailure(continueOnDeployFailure).report(!noReport)
                    .gate(verify ? gate.request(spec.commandLine()) : null).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RunOutcome outcome;
        try {
            RunningBenchmark running = Benchmarks.installed().start(request, ProgressPrinter.forEnvironment(err));
            Thread hook = new Thread(() -> stopOnSignal(running), "vnfbench-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                outcome = running.await();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down because of a signal: the hook is running and waits for the run
                }
            }
        } catch (InvalidInputException e) {
            return Diagnostics.invalid(err, e);
        }
        return print(outcome, request.gate().isPresent(), spec.commandLine().getOut(), err);
    }

    /** The run's table (text) or JSON, the gate's when it was asked for; returns the exit code. */
    private int print(RunOutcome outcome, boolean gated, PrintWriter stdout, PrintWriter err) throws IOException {
        StringWriter run = new StringWriter();
        PrintWriter runOut = new PrintWriter(run);
        if (format == Format.json) {
            json(outcome, runOut);
        } else {
            text(outcome, runOut);
        }
        runOut.flush();
        outcome.error().ifPresent(e -> err.println("error: " + e));
        err.println("wrote " + outcome.file());
        outcome.report().ifPresent(r -> err.println("wrote " + r));
        if (!gated) {
            stdout.print(run);
            stdout.flush();
            return outcome.completed() ? ExitCode.OK : ExitCode.RUN_ERROR;
        }
        StringWriter verdicts = new StringWriter();
        int exit = ExitCode.RUN_ERROR;
        if (outcome.gate().isPresent()) {
            exit = GateOptions.print(outcome.gate().get(), format == Format.json ? GateOptions.Format.json
                    : GateOptions.Format.text, new PrintWriter(verdicts), err);
        } else {
            err.println("error: not verified: the run did not complete");
        }
        if (format == Format.json) {
            String v = verdicts.toString().strip();
            stdout.println("{\"run\": " + run.toString().strip() + ", \"verification\": " + (v.isEmpty() ? "null" : v)
                    + "}");
        } else {
            stdout.print(run);
            stdout.println();
            stdout.print(verdicts);
        }
        stdout.flush();
        return exit;
    }

    /** Cancels the run, waits (bounded) for its teardown, then ends any process of ours that is left. */
    private static void stopOnSignal(RunningBenchmark running) {
        running.cancel("interrupted by a signal (Ctrl-C or SIGTERM)");
        try {
            running.await(SHUTDOWN_BOUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static void text(RunOutcome outcome, PrintWriter out) {
        int keyWidth = "TEST KEY".length();
        int metricWidth = "METRIC".length();
        for (MetricLine m : outcome.metrics()) {
            keyWidth = Math.max(keyWidth, m.testKey().length());
            metricWidth = Math.max(metricWidth, m.label().length());
        }
        String row = "%-" + keyWidth + "s  %-" + metricWidth + "s  %14s  %-10s  %6s  %6s  %s%n";
        out.printf(row, "TEST KEY", "METRIC", "MEDIAN", "UNIT", "TRIALS", "FAILED", "ERRORS");
        String previous = null;
        for (MetricLine m : outcome.metrics()) {
            String key = m.testKey();
            boolean first = !key.equals(previous);
            out.printf(row, first ? key : "", m.label(), m.medianText().isEmpty() ? "-" : m.medianText(), m.unit(),
                    m.n(), m.failedTrials(), first ? Integer.toString(outcome.errors().getOrDefault(key, 0)) : "");
            previous = key;
        }
        for (Map.Entry<String, Integer> e : outcome.errors().entrySet()) {
            if (outcome.metrics().stream().noneMatch(m -> m.testKey().equals(e.getKey()))) {
                out.printf(row, e.getKey(), "(no metrics)", "", "", 0, 0, e.getValue());
            }
        }
        out.printf("%n%s: %d Trials run, %d resumed, %d errors%s%n", outcome.status().keyword(), outcome.trialsRun(),
                outcome.trialsResumed(), outcome.errorCount(), outcome.error().map(e -> "; error: " + e).orElse(""));
        outcome.report().ifPresent(r -> out.println("report: " + r));
    }

    private static void json(RunOutcome outcome, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("status", outcome.status().keyword());
        g.writeStringField("vnfbr", outcome.file().toString());
        if (outcome.report().isPresent()) {
            g.writeStringField("report", outcome.report().get().toString());
        }
        g.writeNumberField("trials_run", outcome.trialsRun());
        g.writeNumberField("trials_resumed", outcome.trialsResumed());
        g.writeNumberField("errors", outcome.errorCount());
        if (outcome.error().isPresent()) {
            g.writeStringField("error", outcome.error().get());
        }
        g.writeArrayFieldStart("tests");
        for (Map.Entry<String, Integer> test : outcome.errors().entrySet()) {
            g.writeStartObject();
            g.writeStringField("test_key", test.getKey());
            g.writeNumberField("errors", test.getValue());
            g.writeArrayFieldStart("metrics");
            for (MetricLine m : outcome.metrics()) {
                if (m.testKey().equals(test.getKey())) {
                    g.writeStartObject();
                    g.writeStringField("source", m.source());
                    g.writeStringField("metric", m.metric());
                    g.writeStringField("unit", m.unit());
                    g.writeNumberField("trials", m.n());
                    g.writeNumberField("failed_trials", m.failedTrials());
                    if (Double.isFinite(m.median())) {
                        g.writeNumberField("median", m.median());
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
    }
}
