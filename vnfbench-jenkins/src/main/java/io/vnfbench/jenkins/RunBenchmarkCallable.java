package io.vnfbench.jenkins;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path lock = ws.resolve(request.lockFile());
        Files.createDirectories(lock.getParent());
        Files.writeString(lock, request.runId() + "\n");
        PrintStream log = listener.getLogger();
        try {
            return EngineAdapter.runOnAgent(request, ws, line -> log.println("[vnfbench] " + line));
        } finally {
            Files.deleteIfExists(lock);
        }
    }
}
