package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * CPU affinity for local nodes through {@code taskset -c}: {@code pinning} names CPUs, {@code vcpus} alone picks
 * that many CPUs round-robin from the ones this process may use. Works only where taskset exists and the OS lets us
 * set affinity; otherwise every request becomes a warning.
 */
final class CpuAffinity {
    private final List<Integer> allowed;
    private final Optional<String> taskset;
    private int next;

    CpuAffinity(List<Integer> allowed, Optional<String> taskset) {
        this.allowed = List.copyOf(allowed);
        this.taskset = taskset;
    }

    /** Looks at /proc/self/status and tries {@code taskset -c <first allowed cpu> true} once. */
    static CpuAffinity detect() {
        List<Integer> allowed = allowedCpus();
        Optional<String> taskset = findOnPath("taskset").filter(path -> works(path, allowed));
        return new CpuAffinity(allowed, taskset);
    }

    private static boolean works(String taskset, List<Integer> allowed) {
        if (allowed.isEmpty()) {
            return false;
        }
        try {
            Process probe = new ProcessBuilder(taskset, "-c", String.valueOf(allowed.get(0)), "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(5, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Optional<String> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    static List<Integer> allowedCpus() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return parseCpuList(line.substring(line.indexOf(':') + 1));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not Linux or unreadable: fall through to the processor count.
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            all.add(i);
        }
        return all;
    }

    /** Parses a CPU list such as {@code 0-3,6,8-9} (also accepts spaces as separators). */
    static List<Integer> parseCpuList(String text) {
        TreeSet<Integer> cpus = new TreeSet<>();
        for (String part : text.trim().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            try {
                if (dash > 0) {
                    int from = Integer.parseInt(part.substring(0, dash));
                    int to = Integer.parseInt(part.substring(dash + 1));
                    if (to < from) {
                        throw new IllegalArgumentException("CPU range '" + part + "' runs backwards");
                    }
                    for (int cpu = from; cpu <= to; cpu++) {
                        cpus.add(cpu);
                    }
                } else {
                    cpus.add(Integer.parseInt(part));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text.trim() + "' is not a CPU list such as 0-3,6", e);
            }
        }
        return List.copyOf(cpus);
    }

    /**
     * The command prefix that applies the node's CPU request, adding a warning for what cannot be honoured.
     * Returns an empty prefix when nothing is requested or nothing can be applied.
     */
    List<String> prefix(String nodeId, @CheckForNull Long vcpus, @CheckForNull String pinning, List<String> warnings) {
        boolean pin = pinning != null && !pinning.isBlank();
        if (!pin && vcpus == null) {
            return List.of();
        }
        if (taskset.isEmpty()) {
            warnings.add("node " + nodeId + ": CPU request (vcpus=" + vcpus + ", pinning=" + (pin ? pinning : "")
                    + ") not honoured: taskset is missing or the OS does not allow setting CPU affinity");
            return List.of();
        }
        List<Integer> cpus;
        if (pin) {
            try {
                cpus = parseCpuList(pinning);
            } catch (IllegalArgumentException e) {
                warnings.add("node " + nodeId + ": pinning not honoured: " + e.getMessage());
                return List.of();
            }
            List<Integer> refused = cpus.stream().filter(cpu -> !allowed.contains(cpu)).toList();
            if (!refused.isEmpty()) {
                warnings.add("node " + nodeId + ": pinning " + pinning + " not honoured: CPUs " + refused
                        + " are not available to this process (allowed " + allowed + ")");
                return List.of();
            }
            if (vcpus != null && vcpus != cpus.size()) {
                warnings.add("node " + nodeId + ": vcpus=" + vcpus + " differs from the " + cpus.size()
                        + " CPUs pinned; the pinning wins");
            }
        } else {
            long wanted = vcpus;
            if (wanted < 1) {
                warnings.add("node " + nodeId + ": vcpus=" + vcpus + " not honoured: must be at least 1");
                return List.of();
            }
            if (wanted > allowed.size()) {
                warnings.add("node " + nodeId + ": vcpus=" + vcpus + " exceeds the " + allowed.size()
                        + " CPUs available; using all of them");
                wanted = allowed.size();
            }
            cpus = new ArrayList<>();
            for (int i = 0; i < wanted; i++) {
                cpus.add(allowed.get(next % allowed.size()));
                next++;
            }
        }
        StringBuilder list = new StringBuilder();
        for (int cpu : new TreeSet<>(cpus)) {
            list.append(list.length() == 0 ? "" : ",").append(cpu);
        }
        return List.of(taskset.get(), "-c", list.toString());
    }

    boolean available() {
        return taskset.isPresent();
    }
}
