package io.vnfbench.jenkins;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.MasterToSlaveFileCallable;

/**
 * After an abort: waits, bounded, until the run's lock file is gone, i.e. the engine on the agent has torn the scenario
 * down. Returns whether teardown finished within the bound.
 */
public final class AwaitTeardownCallable extends MasterToSlaveFileCallable<Boolean> {

    private static final long serialVersionUID = 1L;
    private static final long POLL_MILLIS = 200;

    private final String lockFile;
    private final long timeoutMillis;

    public AwaitTeardownCallable(String lockFile, long timeoutMillis) {
        this.lockFile = lockFile;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Boolean invoke(File workspace, VirtualChannel channel) throws InterruptedException {
        Path lock = workspace.toPath().resolve(lockFile);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (Files.exists(lock)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
