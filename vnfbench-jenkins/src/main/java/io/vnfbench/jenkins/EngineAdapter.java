package io.vnfbench.jenkins;

import hudson.AbortException;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.GateDecision;
import io.vnfbench.engine.session.GateRequest;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.NotComparableException;
import io.vnfbench.engine.session.RunListener;
import io.vnfbench.engine.session.RunOutcome;
import io.vnfbench.engine.session.RunProgress;
import io.vnfbench.engine.session.RunRequest;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The glue's only door into the engine: the step's settings become the engine's requests (its session use cases),
 * the engine's answers become the glue's values, and its exceptions become Jenkins' (an AbortException carries the
 * engine's located message to the build log without a stack trace, and keeps engine exception types off the remoting
 * channel). Translation only: every decision about benchmarks and gates is the engine's.
 */
final class EngineAdapter implements Engine {

    static final EngineAdapter INSTANCE = new EngineAdapter();

    private EngineAdapter() {
    }

    static String writeRequest(AgentRequest request) {
        return Documents.writeJson(request);
    }

    static AgentRequest readRequest(String json) throws IOException {
        try {
            return Documents.read("vnfBenchmark request", json, AgentRequest.class).value();
        } catch (DocumentException e) {
            throw new AbortException("vnfBenchmark request: " + e.getMessage());
        }
    }

    /**
     * On the agent: runs the request's VNF-BR from the workspace and returns the output VNF-BR as JSON. A kubeconfig
     * from a credential lives in an owner-only temporary file for the duration of the run. An interrupt (a build
     * abort) cancels the run and returns once it is torn down.
     */
    static String runOnAgent(AgentRequest request, Path workspace, Consumer<String> progress)
            throws IOException, InterruptedException {
        Path input = workspace.resolve(request.vnfbr()).normalize();
        if (!Files.isRegularFile(input)) {
            throw new AbortException("VNF-BR '" + request.vnfbr() + "' not found in the workspace " + workspace);
        }
        Path kubeconfig = null;
        Path gateDir = null;
        try {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (!request.kubeconfig().isEmpty()) {
                kubeconfig = Files.createTempFile("vnfbench-kubeconfig", ".yaml", ownerOnly());
                Files.writeString(kubeconfig, request.kubeconfig());
                parameters.put("kubeconfig", kubeconfig.toString());
            }
            putIfSet(parameters, "context", request.context());
            putIfSet(parameters, "namespace", request.namespace());
            putIfSet(parameters, "namespace-prefix", request.namespacePrefix());
            RunRequest.Builder builder = RunRequest.builder(input).output(workspace.resolve(request.outputVnfbr()))
                    .resume(request.resume()).environment(request.environment(), parameters).report(false);
            if (request.gate() != null) {
                gateDir = Files.createTempDirectory("vnfbench-baselines", ownerOnlyDirectory());
                builder.gate(request.gate().request(gateDir));
            }
            RunRequest run = builder.build();
            RunOutcome outcome = Benchmarks.installed().start(run, new ProgressLines(progress))
                    .awaitCancellingOnInterrupt();
            progress.accept("run " + outcome.status().keyword() + ": " + outcome.trialsRun() + " Trial(s) run, "
                    + outcome.trialsResumed() + " resumed, " + outcome.errorCount() + " error(s); written to "
                    + request.outputVnfbr());
            return Documents.writeJson(outcome.vnfbr());
        } catch (InvalidInputException e) {
            e.warnings().forEach(w -> progress.accept("warning: " + w));
            throw new AbortException(e.getMessage());
        } catch (RuntimeException e) {
            // engine runtime exceptions (an unusable orchestrator parameter) must not cross the channel
            throw new AbortException(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (kubeconfig != null) {
                Files.deleteIfExists(kubeconfig);
            }
            if (gateDir != null) {
                try (var files = Files.list(gateDir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(gateDir);
            }
        }
    }

    @Override
    public GateReport evaluate(Path vnfbr, Evaluation evaluation, Path dir) throws IOException {
        if (!vnfbr.equals(dir.resolve(Archive.VNFBR_FILE))) {
            throw new IllegalArgumentException("the run's VNF-BR must be " + Archive.VNFBR_FILE + " in " + dir);
        }
        StepSettings settings = evaluation.settings();
        GateRequest gate = settings.mode() != StepSettings.Mode.VERIFICATION ? null
                : GateRequest.against(BaselineSource.runs(evaluation.baselines(),
                        settings.baseline().kind() == BaselineSpec.Kind.MEDIAN, evaluation.baselineNote()))
                        .withOverrides(settings.gate());
        try {
            Archive.Kept kept = Benchmarks.installed().archive(dir, evaluation.runId(), evaluation.runNumber(), gate);
            GateDecision d = kept.gate();
            return d == null ? new GateReport(null, Map.of(), List.of(), true, kept.report(), kept.charts())
                    : new GateReport(d.overall(), d.counts(), d.failedTests(), d.passing(), kept.report(),
                            kept.charts());
        } catch (InvalidInputException | NotComparableException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** The verdict table {@link #evaluate} wrote into {@code dir}. */
    @Override
    public List<VerdictRow> readRows(Path dir) throws IOException {
        try {
            return Archive.rows(dir).stream().map(VerdictRow::new).toList();
        } catch (InvalidInputException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Override
    public List<String> trendMetrics(List<Path> summaries) throws IOException {
        try {
            return Archive.trendMetrics(summaries);
        } catch (InvalidInputException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Override
    public byte[] trendPng(List<Path> summaries, String metric, int width, int height) throws IOException {
        try {
            return Archive.trendPng(summaries, metric, width, height);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static void putIfSet(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static FileAttribute<?>[] ownerOnlyDirectory() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
        }
        return new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    /** Run progress as build-log lines: one per Trial, plus warnings. */
    private static final class ProgressLines implements RunListener {
        private final Consumer<String> out;

        ProgressLines(Consumer<String> out) {
            this.out = out;
        }

        @Override
        public void runStarted(RunProgress p) {
            out.accept(p.instances() + " instance(s), " + p.trialsTotal() + " Trial(s) in all");
        }

        @Override
        public void trialStarted(RunProgress p) {
            out.accept(String.format(Locale.ROOT, "instance %d/%d [%s] Test %d/%d Trial %d/%d (%d of %d done%s)",
                    p.instance(), p.instances(), p.testKey(), p.test(), p.tests(), p.trial(), p.trials(), p.trialsDone(),
                    p.trialsTotal(), p.remainingIfKnown().map(d -> ", about " + d.toSeconds() + " s left").orElse("")));
        }

        @Override
        public void trialSkipped(RunProgress p) {
            out.accept("instance " + p.instance() + " Test " + p.test() + " Trial " + p.trial() + " already done (resumed)");
        }

        @Override
        public void warning(String message) {
            out.accept("warning: " + message);
        }
    }
}
