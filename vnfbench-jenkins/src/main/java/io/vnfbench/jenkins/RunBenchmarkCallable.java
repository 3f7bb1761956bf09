package io.vnfbench.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.Benchmarks;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.ProgressLog;
import io.vnfbench.engine.session.RunOutcome;
import io.vnfbench.engine.session.RunRequest;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the engine on the agent that owns the workspace. Its state is a JSON string and the build's listener; it returns
 * the output VNF-BR as a JSON string. No engine type is a field or the result, so nothing of the engine crosses the
 * remoting channel (a unit test checks this), and engine exceptions become {@link AbortException}s with the engine's
 * located message before they leave the agent. While the engine holds deployed resources a lock file exists in the run
 * directory; it is removed only after teardown, which is how an abort waits for teardown ({@link AwaitTeardownCallable}).
 */
public final class RunBenchmarkCallable extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;

    /** The Kubernetes environment's orchestrator parameters the step sets (its {@code KubernetesSettings.KEYS}). */
    static final String KUBECONFIG = "kubeconfig";
    static final String CONTEXT = "context";
    static final String NAMESPACE = "namespace";
    static final String NAMESPACE_PREFIX = "namespace-prefix";

    private final String requestJson;
    private final TaskListener listener;

    public RunBenchmarkCallable(String requestJson, TaskListener listener) {
        this.requestJson = requestJson;
        this.listener = listener;
    }

    @Override
    public String invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        AgentRequest request = AgentRequest.fromJson(requestJson);
        Path ws = workspace.toPath();
        Path runDirectory = ws.resolve(request.runDirectory());
        Path lock = ws.resolve(request.lockFile());
        Files.createDirectories(runDirectory);
        claim(lock, request);
        PrintStream log = listener.getLogger();
        try {
            return runOnAgent(request, ws, line -> log.println("[vnfbench] " + line));
        } finally {
            Files.deleteIfExists(lock);
        }
    }

    /**
     * Runs the request's VNF-BR from the workspace and returns the output VNF-BR as JSON. A kubeconfig from a credential
     * lives in an owner-only temporary file for the duration of the run. An interrupt (a build abort) cancels the run
     * and returns once it is torn down.
     */
    static String runOnAgent(AgentRequest request, Path workspace, Consumer<String> progress)
            throws IOException, InterruptedException {
        Path kubeconfig = null;
        try {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (!request.kubeconfig().isEmpty()) {
                kubeconfig = Files.createTempFile("vnfbench-kubeconfig", ".yaml", ownerOnly());
                Files.writeString(kubeconfig, request.kubeconfig());
                parameters.put(KUBECONFIG, kubeconfig.toString());
            }
            putIfSet(parameters, CONTEXT, request.context());
            putIfSet(parameters, NAMESPACE, request.namespace());
            putIfSet(parameters, NAMESPACE_PREFIX, request.namespacePrefix());
            RunRequest.Builder run = RunRequest.builder(workspace.resolve(request.vnfbr()).normalize()).output(workspace.resolve(request.outputVnfbr()))
                    .resume(request.resume()).environment(request.environment(), parameters).report(false);
            AgentRequest.Gate gate = request.gate();
            if (gate != null) {
                run.gate(gate.request());
            }
            RunOutcome outcome = Benchmarks.installed().start(run.build(), new ProgressLog(progress))
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
        }
    }

    /**
     * Creates the lock file. One left by an earlier build is stale (a workspace serves one build at a time, and a run
     * removes its lock when it ends; only a killed agent leaves one); one of this same build means another vnfBenchmark
     * call in a {@code parallel} branch is running the same VNF-BR in this workspace, which would overwrite its files.
     */
    private static void claim(Path lock, AgentRequest request) throws IOException {
        String owner = request.runId() + "\n";
        try {
            Files.writeString(lock, owner, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            String holder = Files.readString(lock);
            if (holder.equals(owner)) {
                throw new AbortException("vnfBenchmark: " + request.vnfbr() + " is already running in this workspace for this build "
                        + "(two parallel calls with the same vnfbr and output need separate workspaces or outputs)");
            }
            Files.writeString(lock, owner);
        }
    }

    private static void putIfSet(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
