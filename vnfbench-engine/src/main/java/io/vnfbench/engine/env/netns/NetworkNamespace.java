package io.vnfbench.engine.env.netns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One network namespace of a topology, held by a process (its holder) rather than by a name under /run/netns: it
 * disappears, with every veth and bridge in it, once the holder and the processes started inside have exited, so no
 * run can leave one behind and no two runs can see each other's.
 *
 * @param name what the namespace serves (a node id, or {@code _generator} / {@code _sink})
 * @param pid the holder's process id; {@code /proc/PID/ns/net} is the namespace
 * @param inode the namespace's identity, e.g. {@code net:[4026532247]}
 * @param enter the argument prefix that runs a command inside (network and mount namespace, and the user namespace
 *     that owns them when there is one)
 */
public record NetworkNamespace(String name, long pid, String inode, List<String> enter) {
    public NetworkNamespace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inode, "inode");
        enter = List.copyOf(enter);
    }

    /** This namespace's {@code /proc/net} (dev, snmp, tcp, ...), readable from outside without entering. */
    public Path procNet() {
        return Path.of("/proc", Long.toString(pid), "net");
    }

    /** {@code command} run inside this namespace, in {@code workingDirectory} (the mount namespace starts at /). */
    public List<String> command(List<String> command, Path workingDirectory) {
        List<String> full = new ArrayList<>(enter.subList(0, enter.size() - 1));
        if (workingDirectory != null) {
            full.add("--wd=" + workingDirectory.toAbsolutePath());
        }
        full.add("--");
        full.addAll(command);
        return full;
    }

    /** {@code command} run inside this namespace (in its root directory). */
    public List<String> command(List<String> command) {
        List<String> full = new ArrayList<>(enter);
        full.addAll(command);
        return full;
    }
}
