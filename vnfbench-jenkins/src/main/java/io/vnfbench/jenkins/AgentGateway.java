package io.vnfbench.jenkins;

import hudson.FilePath;
import hudson.model.TaskListener;
import java.io.IOException;

/** How the controller reaches the engine on the agent: only JSON strings go out and come back. */
interface AgentGateway {

    /** Runs the request on the agent owning {@code workspace}; returns the output VNF-BR as JSON. */
    String run(FilePath workspace, String requestJson, TaskListener listener) throws IOException, InterruptedException;

    /** Waits (bounded) until the run's lock file is gone, i.e. teardown finished; false when the bound passed first. */
    boolean awaitTeardown(FilePath workspace, String lockFile, long timeoutMillis) throws IOException, InterruptedException;

    AgentGateway REMOTING = new AgentGateway() {
        @Override
        public String run(FilePath workspace, String requestJson, TaskListener listener) throws IOException, InterruptedException {
            return workspace.act(new RunBenchmarkCallable(requestJson, listener));
        }

        @Override
        public boolean awaitTeardown(FilePath workspace, String lockFile, long timeoutMillis) throws IOException, InterruptedException {
            return workspace.act(new AwaitTeardownCallable(lockFile, timeoutMillis));
        }
    };
}
