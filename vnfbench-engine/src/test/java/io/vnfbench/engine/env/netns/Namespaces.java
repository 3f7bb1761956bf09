package io.vnfbench.engine.env.netns;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Test support for the namespaces data plane: {@link #require} skips a test where the host cannot hold network
 * namespaces on a developer machine and fails it under CI=true (where .ci/run runs as root on Linux, so it must work);
 * {@link #alive} tells which of a set of namespaces some process still holds.
 */
public final class Namespaces {
    private Namespaces() {
    }

    /** The probe for the default isolation, after making sure it is usable. */
    public static NamespaceSupport.Probe require() {
        return require(NamespaceSupport.defaultIsolation());
    }

    public static NamespaceSupport.Probe require(NamespaceSupport.Isolation isolation) {
        NamespaceSupport.Probe probe = NamespaceSupport.probe(isolation);
        if (!probe.available() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("network namespaces (" + isolation.label() + ") are unavailable but CI=true: "
                    + probe.problem().orElse(""));
        }
        assumeTrue(probe.available(), "network namespaces unavailable: " + probe.problem().orElse(""));
        return probe;
    }

    /** Those of {@code inodes} (e.g. {@code net:[4026532247]}) that a process of this machine is still in. */
    public static Set<String> alive(Set<String> inodes) {
        Set<String> found = new HashSet<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String inode = Files.readSymbolicLink(p.resolve("ns/net")).toString();
                    if (inodes.contains(inode)) {
                        found.add(inode);
                    }
                } catch (IOException | SecurityException e) {
                    // Gone meanwhile, or not ours to read.
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return found;
    }
}
