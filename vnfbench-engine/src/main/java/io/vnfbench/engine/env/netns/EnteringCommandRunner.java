package io.vnfbench.engine.env.netns;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CommandResult;
import io.vnfbench.engine.probe.CommandRunner;

/**
 * Runs every command inside one network namespace by putting the namespace's entry prefix in front of it; the
 * delegate owns the processes (and kills them on teardown). The recorded call is the full command, prefix included,
 * so a profile says exactly where a tool ran.
 */
public final class EnteringCommandRunner implements CommandRunner {
    private final CommandRunner delegate;
    private final NetworkNamespace namespace;

    public EnteringCommandRunner(CommandRunner delegate, NetworkNamespace namespace) {
        this.delegate = delegate;
        this.namespace = namespace;
    }

    @Override
    public CommandResult run(List<String> command, Duration bound, CancellationToken token) throws IOException {
        return delegate.run(namespace.command(command), bound, token);
    }

    @Override
    public Background start(List<String> command, CancellationToken token) throws IOException {
        return delegate.start(namespace.command(command), token);
    }
}
