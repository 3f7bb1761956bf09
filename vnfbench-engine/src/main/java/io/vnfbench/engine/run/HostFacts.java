package io.vnfbench.engine.run;

import io.vnfbench.engine.model.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the facts of the machine the Manager runs on, for provenance. Missing facts stay absent, never guessed. */
final class HostFacts {
    private HostFacts() {
    }

    static Provenance.ProvenanceHost collect() {
        return new Provenance.ProvenanceHost(hostname().orElse(null), cpuModel().orElse(null),
                (long) Runtime.getRuntime().availableProcessors(),
                read("/proc/sys/kernel/osrelease").orElse(System.getProperty("os.version")),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.vm.version") + ")");
    }

    private static Optional<String> hostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        return read("/proc/sys/kernel/hostname").or(() -> read("/etc/hostname"));
    }

    private static Optional<String> cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("model name") && line.contains(":")) {
                    return Optional.of(line.substring(line.indexOf(':') + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unavailable: the fact stays absent
        }
        return Optional.empty();
    }

    private static Optional<String> read(String file) {
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
