package io.vnfbench.kubernetes.podman;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs commands of this host (podman, nft) with a bound, capturing what they print. */
public final class Podman {

    /**
     * What a command did.
     *
     * @param exitCode its exit code, -1 when it was killed at its bound
     * @param stdout what it printed on stdout
     * @param stderr what it printed on stderr (with stdout when both were merged)
     */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** The first line of stderr (or stdout), for one-line messages. */
        public String firstLine() {
            String text = stderr.isBlank() ? stdout : stderr;
            String line = text.strip().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
            return line.length() > 300 ? line.substring(0, 300) + "…" : line;
        }
    }

    /** Readers of the commands' output: blocking reads, so never the common pool. */
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "podman-output");
                t.setDaemon(true);
                return t;
            });

    private final String program;

    public Podman(String program) {
        this.program = program;
    }

    public static Podman podman() {
        return new Podman("podman");
    }

    /** Runs {@code program args...}; never throws for a non-zero exit. */
    public Result run(Duration bound, List<String> args) {
        return exec(bound, false, args);
    }

    public Result run(Duration bound, String... args) {
        return exec(bound, false, List.of(args));
    }

    /** Runs with stderr merged into stdout, in the order the program wrote them (e.g. a container's log). */
    public Result runMerged(Duration bound, List<String> args) {
        return exec(bound, true, args);
    }

    /** Runs with {@code input} on stdin (e.g. an nft ruleset). */
    public Result runWithInput(Duration bound, String input, String... args) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            return finish(p, bound);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program + ": " + e.getMessage(), e);
        }
    }

    private Result exec(Duration bound, boolean merged, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(merged)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            return finish(p, bound);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program + ": " + e.getMessage(), e);
        }
    }

    private static Result finish(Process p, Duration bound) throws IOException {
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try {
            if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return new Result(-1, get(out), get(err) + "\n(killed after " + bound.toSeconds() + " s)");
            }
            return new Result(p.exitValue(), get(out), get(err));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, READERS);
    }

    private static String get(CompletableFuture<String> f) {
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return "";
        }
    }
}
