package io.vnfbench.engine.env.local;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vnfbench.engine.probe.UdpLoad;

/**
 * A deployed local scenario: the processes, the loopback address of every connection point, the chains' attachment
 * addresses for probers, and the warnings about what could not be honoured. Closing it tears every process down.
 */
public final class LocalDeployment implements AutoCloseable {
    private final ProcessGroup processes;
    private final Map<String, InetSocketAddress> addresses;
    private final List<UdpLoad.Chain> chains;
    private final List<String> warnings;
    private final Map<String, List<String>> commands;

    LocalDeployment(ProcessGroup processes, Map<String, InetSocketAddress> addresses, List<UdpLoad.Chain> chains,
                    List<String> warnings, Map<String, List<String>> commands) {
        this.processes = processes;
        this.addresses = Map.copyOf(addresses);
        this.chains = List.copyOf(chains);
        this.warnings = List.copyOf(warnings);
        this.commands = Map.copyOf(commands);
    }

    /** Chain k (k = 1..C) at index k-1: where the generator sends and where it must listen. */
    public List<UdpLoad.Chain> chains() {
        return chains;
    }

    /** The loopback address bound for a connection point. */
    public Optional<InetSocketAddress> address(String connectionPoint) {
        return Optional.ofNullable(addresses.get(connectionPoint));
    }

    /** Everything the local environment could not honour (resources, affinity), one sentence each. */
    public List<String> warnings() {
        return warnings;
    }

    /** The exact command (argument array) each node runs, for provenance. */
    public Map<String, List<String>> commands() {
        return commands;
    }

    /** The node's process and its descendants alive now; empty for an unknown node. */
    public List<ProcessHandle> processesOf(String nodeId) {
        return processes.member(nodeId).map(m -> m.handles().stream().filter(ProcessHandle::isAlive).toList())
                .orElse(List.of());
    }

    /** Nodes whose process has exited while the deployment was supposed to be up. */
    public List<String> deadNodes() {
        return processes.members().stream().filter(m -> !m.process().isAlive()).map(ProcessGroup.Member::name).toList();
    }

    /** Every process of the deployment alive now (tests use it to prove teardown). */
    public List<ProcessHandle> aliveProcesses() {
        return processes.aliveHandles();
    }

    /** The process group, for tests that play the engine's sudden death. */
    ProcessGroup group() {
        return processes;
    }

    @Override
    public void close() {
        processes.close();
    }
}
