package io.vnfbench.engine.env.netns;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network namespaces of one deployment and the links between them, built with the host's own tools: every
 * namespace is held by a tiny process ({@code cat} reading a pipe from this JVM), so it vanishes with everything in it
 * when the holder ends — on {@link #close()}, or when this JVM dies and the pipe closes. Without root a user
 * namespace of our own owns them all (see {@link NamespaceSupport.Isolation}).
 *
 * <p>Links, bridges, addresses, routes and neighbours are configured with {@code ip -batch} inside each namespace
 * ({@link #ip(Map)}), one process per namespace, all namespaces at once. Nothing is created in the host's network
 * namespace, so interface names need not be unique across runs.
 */
public final class NetnsTopology implements AutoCloseable {
    static final String READY = "vnfbench-netns-ready";
    /**
     * What a holder runs inside its fresh network and mount namespace: the sysctls it was given (pairs of
     * {@code /proc/sys} paths and values), a sysfs of its own (so /sys/class/net shows this namespace to commands
     * run inside), loopback up, the ready line, then {@code cat} until the pipe from the engine closes.
     */
    private static final String HOLDER_SCRIPT = String.join("\n",
            "ip=\"$1\"; shift",
            "while [ $# -ge 2 ]; do",
            "  printf '%s\\n' \"$2\" > \"/proc/sys/$1\" || { echo \"cannot set sysctl $1 to $2\"; exit 3; }",
            "  shift 2",
            "done",
            "mount -t sysfs sysfs /sys 2>/dev/null || echo 'note: /sys keeps the view of the host'",
            "\"$ip\" link set lo up || exit 4",
            "echo " + READY,
            "exec cat > /dev/null");
    private static final Pattern FAILED_LINE = Pattern.compile("Command failed -:(\\d+)");

    private final NamespaceSupport.Isolation isolation;
    private final NamespaceSupport.Tools tools;
    private final Duration bound;
    private final List<Holder> holders = new ArrayList<>();
    private final Map<String, NetworkNamespace> namespaces = new LinkedHashMap<>();
    @CheckForNull
    private Holder anchor;
    private boolean closed;

    private NetnsTopology(NamespaceSupport.Isolation isolation, NamespaceSupport.Tools tools, Duration bound) {
        this.isolation = isolation;
        this.tools = tools;
        this.bound = bound;
    }

    /**
     * Opens an empty topology; with a user namespace, starts the process that holds it. {@code bound} limits each
     * step (creating namespaces, one round of {@code ip} batches).
     *
     * @throws NetnsException when the probe found namespaces unusable or the kernel refuses the user namespace
     */
    public static NetnsTopology open(NamespaceSupport.Probe probe, Duration bound) throws NetnsException {
        if (!probe.available()) {
            throw new NetnsException(probe.problem().orElse("network namespaces are not available"));
        }
        NetnsTopology topology = new NetnsTopology(probe.isolation(), probe.tools().orElseThrow(), bound);
        if (probe.isolation() == NamespaceSupport.Isolation.USER_NAMESPACE) {
            try {
                topology.holdUserNamespace();
            } catch (NetnsException | RuntimeException e) {
                topology.close();
                throw e;
            }
        }
        return topology;
    }

    /** Starts the process whose user namespace every namespace of this topology is created in. */
    private synchronized void holdUserNamespace() throws NetnsException {
        Holder holder = startHolder("_user", List.of(tools.unshare().toString(), "--user", "--map-root-user", "--",
                "/bin/sh", "-c", "echo " + READY + "; exec cat > /dev/null"));
        anchor = holder;
        holder.awaitReady(bound, isolation);
    }

    /** One namespace to create: its name and the sysctls to set inside (e.g. {@code net.ipv4.ip_forward=1}). */
    public record Spec(String name, Map<String, String> sysctls) {
        public Spec {
            Objects.requireNonNull(name, "name");
            sysctls = Collections.unmodifiableMap(new LinkedHashMap<>(sysctls));
        }
    }

    public NamespaceSupport.Isolation isolation() {
        return isolation;
    }

    public NamespaceSupport.Tools tools() {
        return tools;
    }

    /** Creates the namespaces, all at once, and waits (bounded) until each is set up. */
    public synchronized List<NetworkNamespace> create(List<Spec> specs) throws NetnsException {
        checkOpen();
        List<Holder> started = new ArrayList<>();
        for (Spec spec : specs) {
            if (namespaces.containsKey(spec.name())) {
                throw new IllegalArgumentException("namespace " + spec.name() + " already exists");
            }
            List<String> command = new ArrayList<>();
            if (anchor != null) {
                command.addAll(List.of(tools.nsenter().toString(), "-t", Long.toString(anchor.process.pid()), "-U",
                        "--preserve-credentials", "--"));
            }
            command.addAll(List.of(tools.unshare().toString(), "--net", "--mount", "--", "/bin/sh", "-c", HOLDER_SCRIPT,
                    "vnfbench-netns", tools.ip().toString()));
            spec.sysctls().forEach((key, value) -> {
                command.add(key.replace('.', '/'));
                command.add(value);
            });
            started.add(startHolder(spec.name(), command));
        }
        List<NetworkNamespace> created = new ArrayList<>();
        for (Holder holder : started) {
            holder.awaitReady(bound, isolation);
            long pid = holder.process.pid();
            String inode;
            try {
                inode = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString();
            } catch (IOException e) {
                throw new NetnsException("namespace " + holder.name + ": cannot read /proc/" + pid + "/ns/net: "
                        + e.getMessage(), e);
            }
            NetworkNamespace namespace = new NetworkNamespace(holder.name, pid, inode, enter(pid));
            namespaces.put(holder.name, namespace);
            created.add(namespace);
        }
        return created;
    }

    /**
     * Adopts the network namespace of a process started elsewhere (e.g. a container's), so that links can be
     * made to it; it is not ended on close.
     */
    public synchronized NetworkNamespace adopt(String name, long pid) throws NetnsException {
        checkOpen();
        try {
            String inode = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString();
            NetworkNamespace namespace = new NetworkNamespace(name, pid, inode, enter(pid));
            namespaces.put(name, namespace);
            return namespace;
        } catch (IOException e) {
            throw new NetnsException("namespace " + name + ": process " + pid + " has no readable network namespace: "
                    + e.getMessage(), e);
        }
    }

    private List<String> enter(long pid) {
        List<String> enter = new ArrayList<>(List.of(tools.nsenter().toString(), "-t", Long.toString(pid)));
        if (isolation == NamespaceSupport.Isolation.USER_NAMESPACE) {
            enter.add("-U");
        }
        enter.addAll(List.of("-n", "-m"));
        if (isolation == NamespaceSupport.Isolation.USER_NAMESPACE) {
            enter.add("--preserve-credentials");
        }
        enter.add("--");
        return enter;
    }

    /** The namespaces created or adopted so far, in creation order. */
    public synchronized List<NetworkNamespace> namespaces() {
        return List.copyOf(namespaces.values());
    }

    /**
     * Runs {@code ip -batch} inside each namespace with its lines (e.g. {@code link add a type veth peer name b netns
     * 1234}, {@code route add 10.0.0.8/30 via 10.0.0.2 dev a}), all namespaces at once, and waits (bounded). The first
     * failing line stops its batch and fails the call with that line and the kernel's answer.
     */
    public void ip(Map<NetworkNamespace, List<String>> batches) throws NetnsException {
        checkOpen();
        Map<NetworkNamespace, Process> running = new LinkedHashMap<>();
        try {
            for (Map.Entry<NetworkNamespace, List<String>> batch : batches.entrySet()) {
                if (batch.getValue().isEmpty()) {
                    continue;
                }
                Process process = new ProcessBuilder(batch.getKey().command(List.of(tools.ip().toString(), "-batch", "-")))
                        .redirectErrorStream(true).start();
                running.put(batch.getKey(), process);
                try (OutputStream in = process.getOutputStream()) {
                    in.write((String.join("\n", batch.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // It died before reading everything; its exit status and output tell why.
                }
            }
            long deadline = System.nanoTime() + bound.toNanos();
            for (Map.Entry<NetworkNamespace, Process> entry : running.entrySet()) {
                Process process = entry.getValue();
                CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process));
                if (!process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new NetnsException("namespace " + entry.getKey().name() + ": ip -batch did not finish within "
                            + bound.toMillis() + " ms");
                }
                if (process.exitValue() != 0) {
                    String said = output.get(5, TimeUnit.SECONDS);
                    throw new NetnsException("namespace " + entry.getKey().name() + ": " + failedLine(said,
                            batches.get(entry.getKey())) + NamespaceSupport.explain(said, isolation));
                }
            }
        } catch (IOException e) {
            throw new NetnsException("cannot run " + tools.ip() + " inside a namespace: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetnsException("interrupted while configuring namespaces", e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new NetnsException("cannot read the output of ip -batch: " + e.getMessage(), e);
        } finally {
            running.values().forEach(Process::destroyForcibly);
        }
    }

    private static String failedLine(String output, List<String> lines) {
        Matcher matcher = FAILED_LINE.matcher(output);
        if (matcher.find()) {
            int line = Integer.parseInt(matcher.group(1));
            if (line >= 1 && line <= lines.size()) {
                return "'ip " + lines.get(line - 1) + "' failed: ";
            }
        }
        return "ip -batch failed: ";
    }

    private static String read(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Holder startHolder(String name, List<String> command) throws NetnsException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Holder holder = new Holder(name, process);
            synchronized (this) {
                holders.add(holder);
            }
            return holder;
        } catch (IOException e) {
            throw new NetnsException("namespace " + name + ": cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the topology is closed");
        }
    }

    /**
     * Ends every holder (and with them the namespaces, once the processes started inside are gone — stop those
     * first), the user namespace's last; waits, bounded, until they have exited. Idempotent.
     */
    @Override
    public void close() {
        List<Holder> all;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            all = new ArrayList<>(holders);
        }
        for (Holder holder : all) {
            try {
                holder.process.getOutputStream().close();
            } catch (IOException e) {
                // Already closed.
            }
            holder.process.destroy();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (Holder holder : all) {
            try {
                if (!holder.process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    holder.process.destroyForcibly();
                    holder.process.waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                holder.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A holder process: the ready line, or what it said before it died. */
    private static final class Holder {
        private final String name;
        private final Process process;
        private final List<String> output = Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<Boolean> ready = new CompletableFuture<>();

        Holder(String name, Process process) {
            this.name = name;
            this.process = process;
            Thread reader = new Thread(this::pump, "netns-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void pump() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals(READY)) {
                        ready.complete(true);
                    } else if (output.size() < 20) {
                        output.add(line);
                    }
                }
            } catch (IOException e) {
                // The holder ended; what it said is kept.
            }
            ready.complete(false);
        }

        void awaitReady(Duration bound, NamespaceSupport.Isolation isolation) throws NetnsException {
            boolean up;
            try {
                up = ready.get(bound.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new NetnsException("namespace " + name + ": not set up within " + bound.toMillis() + " ms");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NetnsException("namespace " + name + ": interrupted while setting up", e);
            } catch (java.util.concurrent.ExecutionException e) {
                up = false;
            }
            if (!up) {
                try {
                    process.waitFor(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String said = String.join("\n", output);
                throw new NetnsException("namespace " + name + ": " + NamespaceSupport.explain(said, isolation));
            }
        }
    }
}
