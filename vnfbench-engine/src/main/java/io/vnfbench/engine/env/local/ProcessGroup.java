package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The OS processes of one deployment. Starts commands from argument arrays (never a shell), keeps the last lines
 * of their output for error messages, and tears down every process together with its descendants: SIGTERM, a
 * bounded wait, then SIGKILL. Teardown is idempotent and safe to call from a shutdown hook.
 */
public final class ProcessGroup implements AutoCloseable {
    private static final int KEPT_LINES = 20;

    /** One started process with the tail of its combined output. */
    public static final class Member {
        private final String name;
        private final List<String> command;
        private final Process process;
        private final List<String> tail = Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<Void> ready = new CompletableFuture<>();

        Member(String name, List<String> command, Process process, String readyLine) {
            this.name = name;
            this.command = List.copyOf(command);
            this.process = process;
            if (readyLine == null) {
                ready.complete(null);
            }
            Thread reader = new Thread(() -> pump(readyLine), "output-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void pump(String readyLine) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (readyLine != null && line.equals(readyLine)) {
                        ready.complete(null);
                        continue;
                    }
                    synchronized (tail) {
                        tail.add(line);
                        if (tail.size() > KEPT_LINES) {
                            tail.remove(0);
                        }
                    }
                }
            } catch (IOException e) {
                // The stream closes when the process dies; what was read stays in the tail.
            }
            ready.completeExceptionally(new IllegalStateException("process ended before it was ready"));
        }

        public String name() {
            return name;
        }

        public List<String> command() {
            return command;
        }

        public Process process() {
            return process;
        }

        /** Whether the process printed its ready line (always true for processes without one). */
        public boolean isReady() {
            return ready.isDone() && !ready.isCompletedExceptionally();
        }

        /** The last lines the process wrote (stdout and stderr), for error messages. */
        public String outputTail() {
            synchronized (tail) {
                return String.join("\n", tail);
            }
        }

        /** Writes one line to the process's stdin (the reaper's protocol). */
        void send(String line) throws IOException {
            var out = process.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** This process and every descendant alive now. */
        public List<ProcessHandle> handles() {
            List<ProcessHandle> handles = new ArrayList<>();
            handles.add(process.toHandle());
            process.descendants().forEach(handles::add);
            return handles;
        }
    }

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Duration stopGrace;
    private boolean closed;

    public ProcessGroup(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    /**
     * Starts {@code command} as member {@code name}. When {@code readyLine} is given, the member counts as ready
     * once it prints that line. Stdin stays open as a pipe: built-in NFs exit when it closes.
     */
    public synchronized Member start(String name, List<String> command, Path workingDirectory, @CheckForNull String readyLine)
            throws IOException {
        if (closed) {
            throw new IllegalStateException("process group already torn down; not starting " + name);
        }
        if (members.containsKey(name)) {
            throw new IllegalArgumentException("process " + name + " already started");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
        Member member = new Member(name, command, process, readyLine);
        members.put(name, member);
        return member;
    }

    public synchronized List<Member> members() {
        return List.copyOf(members.values());
    }

    public synchronized java.util.Optional<Member> member(String name) {
        return java.util.Optional.ofNullable(members.get(name));
    }

    /** Every process of the group and its descendants that is alive now. */
    public synchronized List<ProcessHandle> aliveHandles() {
        return members.values().stream().flatMap(m -> m.handles().stream()).filter(ProcessHandle::isAlive).toList();
    }

    /**
     * Stops every member and every descendant: SIGTERM to all, wait up to the grace period, SIGKILL to what is
     * left, then wait (bounded) until they are gone. Returns the names of members that were still alive after
     * SIGKILL, which should never happen.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> all = new ArrayList<>();
        for (Member member : members.values()) {
            // Collect descendants before the parent dies: orphans are re-parented and no longer found.
            all.addAll(member.handles());
        }
        for (Member member : members.values()) {
            try {
                member.process.getOutputStream().close();
            } catch (IOException e) {
                // Already closed: nothing to do.
            }
        }
        all.forEach(ProcessHandle::destroy);
        awaitExit(all, stopGrace);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(all, Duration.ofSeconds(5));
    }

    private static void awaitExit(List<ProcessHandle> handles, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Timed out or interrupted: the caller escalates or reports.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static Stream<ProcessHandle> treeOf(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants());
    }
}
