package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs commands as local OS processes and owns them: closing the runner kills every process it started
 * that is still alive, with its descendants, so a cancelled or failed run leaves no orphans.
 *
 * <p>Output is captured in memory up to {@value #MAX_OUTPUT} bytes per stream (the rest is dropped), which is
 * plenty for a tool's JSON report and bounds memory against a runaway tool.
 */
public final class ProcessCommandRunner implements CommandRunner, AutoCloseable {
    static final int MAX_OUTPUT = 4 * 1024 * 1024;
    private static final Duration KILL_GRACE = Duration.ofSeconds(2);

    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private volatile boolean closed;

    public ProcessCommandRunner() {
        this(Clock.systemUTC());
    }

    public ProcessCommandRunner(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CommandResult run(List<String> command, Duration bound, CancellationToken token) throws IOException {
        String call = call(command);
        Instant start = clock.instant();
        if (token.isCancelled()) {
            return new CommandResult(call, -1, "", "", start, start, false, true);
        }
        Process process = launch(command, ProcessBuilder.Redirect.PIPE);
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        boolean timedOut = false;
        CancellationToken.Registration onCancel = token.onCancel(() -> destroyTree(process));
        try {
            if (!process.waitFor(Math.max(1, bound.toMillis()), TimeUnit.MILLISECONDS)) {
                timedOut = !token.isCancelled();
                destroyTree(process);
                process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
        } finally {
            onCancel.close();
            live.remove(process);
        }
        boolean killed = timedOut || token.isCancelled() || process.isAlive();
        int exit = killed || process.isAlive() ? -1 : process.exitValue();
        return new CommandResult(call, exit, collect(out), collect(err), start, clock.instant(), timedOut,
                token.isCancelled());
    }

    @Override
    public Background start(List<String> command, CancellationToken token) throws IOException {
        String call = call(command);
        Instant start = clock.instant();
        Process process = launch(command, ProcessBuilder.Redirect.PIPE);
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        CancellationToken.Registration registration = token.onCancel(() -> destroyTree(process));
        return new Background() {
            @CheckForNull
            private CommandResult result;

            @Override
            public String call() {
                return call;
            }

            @Override
            public boolean isAlive() {
                return process.isAlive();
            }

            @Override
            public synchronized CommandResult stop(Duration bound) {
                if (result == null) {
                    registration.close();
                    boolean wasAlive = process.isAlive();
                    destroyTree(process);
                    try {
                        process.waitFor(Math.max(1, bound.toMillis()), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    live.remove(process);
                    int exit = wasAlive || process.isAlive() ? -1 : process.exitValue();
                    result = new CommandResult(call, exit, collect(out), collect(err), start, clock.instant(), false,
                            token.isCancelled());
                }
                return result;
            }
        };
    }

    /** Processes started by this runner that are still alive. */
    public int liveProcesses() {
        live.removeIf(p -> !p.isAlive());
        return live.size();
    }

    /** Kills everything still running (idempotent); commands started afterwards are refused. */
    @Override
    public void close() {
        closed = true;
        for (Process process : List.copyOf(live)) {
            destroyTree(process);
        }
        for (Process process : List.copyOf(live)) {
            try {
                process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        live.clear();
    }

    private Process launch(List<String> command, ProcessBuilder.Redirect output) throws IOException {
        if (closed) {
            throw new IOException("cannot start '" + call(command) + "': the runner has been closed (teardown)");
        }
        if (command.isEmpty()) {
            throw new IOException("cannot start an empty command");
        }
        Process process = new ProcessBuilder(command).redirectOutput(output).redirectError(output)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        live.add(process);
        if (closed) {
            destroyTree(process);
        }
        return process;
    }

    /** Kills a process and every descendant, children first so none is re-parented and lost. */
    public static void destroyTree(Process process) {
        destroyTree(process.toHandle());
    }

    /** Kills a process handle and every descendant, children first. */
    public static void destroyTree(ProcessHandle handle) {
        List<ProcessHandle> descendants = handle.descendants().collect(Collectors.toList());
        for (ProcessHandle child : descendants) {
            child.destroyForcibly();
        }
        handle.destroyForcibly();
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    if (buffer.size() < MAX_OUTPUT) {
                        buffer.write(chunk, 0, Math.min(n, MAX_OUTPUT - buffer.size()));
                    }
                }
                return buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "vnfbench-output");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static String collect(CompletableFuture<String> stream) {
        try {
            return stream.get(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The command as one line, arguments with spaces quoted: what evaluations record as {@code call}. */
    public static String call(List<String> command) {
        return command.stream().map(a -> a.isEmpty() || a.chars().anyMatch(Character::isWhitespace)
                ? "'" + a.replace("'", "'\\''") + "'" : a).collect(Collectors.joining(" "));
    }
}
