package io.vnfbench.engine.env.netns;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Whether this host can hold network namespaces for us, and how: the tools ({@code ip} from iproute2, {@code unshare}
 * and {@code nsenter} from util-linux) and a trial of what a topology needs (a network and a mount namespace, a veth
 * pair, a bridge). Without root the namespaces are owned by a user namespace of our own; when the kernel refuses
 * one, the answer names the sysctl or the missing kernel feature instead of the bare errno.
 */
public final class NamespaceSupport {
    /** The preflight's link and bridge, created inside the throw-away namespace it runs in. */
    static final String PREFLIGHT = "link add vnfb-p0 type veth peer name vnfb-p1\nlink add vnfb-b0 type bridge\n";
    private static final Map<Isolation, Probe> PROBED = new ConcurrentHashMap<>();
    private static final List<String> EXTRA_PATH = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private NamespaceSupport() {
    }

    /** Who owns the namespaces of a topology. */
    public enum Isolation {
        /**
         * A user namespace created for the topology owns its network namespaces; no root needed, and the processes
         * inside have capabilities over those namespaces only.
         */
        USER_NAMESPACE("user-namespace"),
        /** The host's user namespace owns them: needs root, and processes inside are root on the host. */
        HOST("host");

        private final String label;

        Isolation(String label) {
            this.label = label;
        }

        /** The name used in facts and messages. */
        public String label() {
            return label;
        }
    }

    /** Absolute paths of the tools a topology runs. */
    public record Tools(Path ip, Path unshare, Path nsenter) {
    }

    /** What probing found: usable tools, or the one-line reason why namespaces cannot be used. */
    public record Probe(Isolation isolation, Optional<Tools> tools, Optional<String> problem) {
        public boolean available() {
            return tools.isPresent() && problem.isEmpty();
        }
    }

    /** Whether this process runs with effective uid 0. */
    public static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    String[] ids = line.substring(4).strip().split("\\s+");
                    return ids.length > 1 && ids[1].equals("0");
                }
            }
        } catch (IOException e) {
            // No /proc: not Linux, and no namespaces either.
        }
        return false;
    }

    /** The isolation used when not asked for one: a user namespace unless this process is root. */
    public static Isolation defaultIsolation() {
        return isRoot() ? Isolation.HOST : Isolation.USER_NAMESPACE;
    }

    /** Probes once per isolation and JVM (a few milliseconds: one short-lived process). */
    public static Probe probe(Isolation isolation) {
        return PROBED.computeIfAbsent(isolation, NamespaceSupport::probeNow);
    }

    private static Probe probeNow(Isolation isolation) {
        if (!Files.exists(Path.of("/proc/self/ns/net"))) {
            return new Probe(isolation, Optional.empty(), Optional.of("this system has no network namespaces "
                    + "(/proc/self/ns/net is missing; Linux only)"));
        }
        Optional<Path> ip = which("ip");
        Optional<Path> unshare = which("unshare");
        Optional<Path> nsenter = which("nsenter");
        List<String> missing = new ArrayList<>();
        ip.ifPresentOrElse(p -> { }, () -> missing.add("ip (package iproute2)"));
        unshare.ifPresentOrElse(p -> { }, () -> missing.add("unshare (package util-linux)"));
        nsenter.ifPresentOrElse(p -> { }, () -> missing.add("nsenter (package util-linux)"));
        if (!missing.isEmpty()) {
            return new Probe(isolation, Optional.empty(), Optional.of("network namespaces need tools that are not "
                    + "installed: " + String.join(", ", missing)));
        }
        Tools tools = new Tools(ip.get(), unshare.get(), nsenter.get());
        List<String> command = new ArrayList<>(List.of(tools.unshare().toString()));
        if (isolation == Isolation.USER_NAMESPACE) {
            command.addAll(List.of("--user", "--map-root-user"));
        }
        command.addAll(List.of("--net", "--mount", "--", tools.ip().toString(), "-batch", "-"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(PREFLIGHT.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The process died before reading: its output says why.
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Probe(isolation, Optional.of(tools), Optional.of("the namespace preflight ("
                        + String.join(" ", command) + ") did not finish within 10 s"));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                return new Probe(isolation, Optional.of(tools), Optional.of(explain(output, isolation)));
            }
            return new Probe(isolation, Optional.of(tools), Optional.empty());
        } catch (IOException e) {
            return new Probe(isolation, Optional.of(tools), Optional.of("cannot run " + tools.unshare() + ": "
                    + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(isolation, Optional.of(tools), Optional.of("interrupted while probing namespaces"));
        }
    }

    /** The executable {@code name} on PATH, or in the sbin/bin directories non-root PATHs often lack. */
    static Optional<Path> which(String name) {
        Set<String> directories = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    directories.add(dir);
                }
            }
        }
        directories.addAll(EXTRA_PATH);
        for (String dir : directories) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Turns what {@code unshare}, {@code nsenter} or {@code ip} printed when the kernel refused into one line that
     * names the cause: the namespace limit or the sysctl that forbids user namespaces, or the missing kernel
     * feature.
     */
    public static String explain(String output, Isolation isolation) {
        String said = oneLine(output);
        if (said.contains("No space left on device")) {
            List<String> limits = new ArrayList<>();
            for (String name : List.of("user.max_user_namespaces", "user.max_net_namespaces",
                    "user.max_mnt_namespaces")) {
                sysctl(name).ifPresent(value -> limits.add(name + " = " + value));
            }
            return "the kernel refused a new namespace (" + said + "): a namespace limit is reached; for this user "
                    + "namespace " + String.join(", ", limits) + " (raise the one that is 0 or exhausted with sysctl -w)";
        }
        if (said.contains("Operation not permitted") || said.contains("Permission denied")) {
            if (isolation == Isolation.HOST) {
                return "the kernel refused a network namespace (" + said + "): creating one needs root "
                        + "(CAP_SYS_ADMIN); run as root or use a user namespace (orchestrator parameter "
                        + "user_namespace: true)";
            }
            List<String> causes = new ArrayList<>();
            sysctl("kernel.unprivileged_userns_clone").filter("0"::equals)
                    .ifPresent(v -> causes.add("kernel.unprivileged_userns_clone = 0 (set it to 1)"));
            sysctl("kernel.apparmor_restrict_unprivileged_userns").filter("1"::equals)
                    .ifPresent(v -> causes.add("kernel.apparmor_restrict_unprivileged_userns = 1 (set it to 0, or "
                            + "run as root)"));
            if (causes.isEmpty()) {
                causes.add("no sysctl forbids them, so a seccomp profile (e.g. of a container) or a security module "
                        + "does; run as root or allow user namespaces there");
            }
            return "the kernel refused an unprivileged user namespace (" + said + "): " + String.join("; ", causes);
        }
        if (said.contains("Operation not supported") || said.contains("Unknown device type")) {
            return "the kernel cannot create veth pairs or bridges (" + said + "): it needs CONFIG_VETH and "
                    + "CONFIG_BRIDGE (or the modules veth and bridge loaded)";
        }
        if (said.contains("Invalid argument") && said.contains("unshare")) {
            return "the kernel has no user or network namespaces (" + said + "): it needs CONFIG_USER_NS and "
                    + "CONFIG_NET_NS";
        }
        return said.isEmpty() ? "the namespace command failed without saying why" : said;
    }

    /** Non-empty lines joined with "; ", at most 300 characters. */
    static String oneLine(String output) {
        String joined = String.join("; ", output.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList());
        return joined.length() > 300 ? joined.substring(0, 297) + "..." : joined;
    }

    /**
     * A sysctl's value, read in one call: integer sysctls answer only a read at offset 0, so a reader that starts
     * with a small read (as {@code Files.readString} does for files of size 0) would see just the first digit.
     */
    static Optional<String> sysctl(String name) {
        try (var in = Files.newInputStream(Path.of("/proc/sys", name.replace('.', '/')))) {
            byte[] buffer = new byte[256];
            int n = in.read(buffer);
            return n <= 0 ? Optional.empty() : Optional.of(new String(buffer, 0, n, StandardCharsets.UTF_8).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
