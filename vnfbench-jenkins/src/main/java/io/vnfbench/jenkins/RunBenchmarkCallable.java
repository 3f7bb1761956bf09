package io.vnfbench.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the engine on the agent that owns the workspace. Its state is a JSON string and the build's listener; it returns
 * the output VNF-BR as a JSON string. No engine type is a field or the result, so nothing of the engine crosses the
 * remoting channel (a unit test checks this). While the engine holds deployed resources a lock file exists in the run
 * directory; it is removed only after teardown, which is how an abort waits for teardown ({@link AwaitTeardownCallable}).
 */
public final class RunBenchmarkCallable extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;

    private final String requestJson;
    private final TaskListener listener;

    public RunBenchmarkCallable(String requestJson, TaskListener listener) {
        this.requestJson = requestJson;
        this.listener = listener;
    }

    @Override
    public String invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        AgentRequest request = EngineAdapter.readRequest(requestJson);
        Path ws = workspace.toPath();
        Path runDirectory = ws.resolve(request.runDirectory());
        Path lock = ws.resolve(request.lockFile());
        Files.createDirectories(runDirectory);
        claim(lock, request);
        PrintStream log = listener.getLogger();
        try {
            return EngineAdapter.runOnAgent(request, ws, line -> log.println("[vnfbench] " + line));
        } finally {
            Files.deleteIfExists(lock);
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
}
