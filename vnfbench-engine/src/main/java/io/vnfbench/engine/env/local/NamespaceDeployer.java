package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.env.netns.NetnsException;
import io.vnfbench.engine.env.netns.NetnsTopology;
import io.vnfbench.engine.env.netns.NetworkNamespace;
import io.vnfbench.engine.probe.UdpLoad;
import io.vnfbench.engine.probe.UdpLoadAgents;

/**
 * Deploys a {@link LocalTopology} on the namespaces data plane ({@link NamespacePlan}): namespaces, veth pairs,
 * bridges, addresses, neighbours and routes; {@code builtin/router} NFs are kernel forwarding and nothing else;
 * {@code process} NFs run their command inside their namespace; the UDP load's two agents start in the generator's and
 * the sink's namespaces. Ready once every chain forwards a datagram from the generator to the sink (bounded). On any
 * failure everything started is removed before the one-line error, which names the node and the cause.
 */
final class NamespaceDeployer {
    static final Duration WARM_UP = Duration.ofMillis(500);
    private final NamespaceSupport.Probe support;
    private final Duration bound;
    private final Duration readyTimeout;
    private final Duration stopGrace;
    private final Path workingDirectory;
    private final CpuAffinity affinity;
    private final Consumer<NetworkNamespace> created;

    NamespaceDeployer(NamespaceSupport.Probe support, Duration bound, Duration readyTimeout, Duration stopGrace,
                      Path workingDirectory, CpuAffinity affinity, Consumer<NetworkNamespace> created) {
        this.support = support;
        this.bound = bound;
        this.readyTimeout = readyTimeout;
        this.stopGrace = stopGrace;
        this.workingDirectory = workingDirectory;
        this.affinity = affinity;
        this.created = created;
    }

    /** The parts of a running deployment, torn down in reverse order by {@link Parts#close()}. */
    static final class Parts implements AutoCloseable {
        final NamespacePlan plan;
        @CheckForNull
        NetnsTopology topology;
        final Map<String, NetworkNamespace> namespaces = new LinkedHashMap<>();
        @CheckForNull
        ProcessGroup processes;
        @CheckForNull
        UdpLoadAgents agents;
        final Map<String, List<String>> commands = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();

        Parts(NamespacePlan plan) {
            this.plan = plan;
        }

        /** The NFs' processes; set once the namespaces exist. */
        ProcessGroup processes() {
            return Objects.requireNonNull(processes, "the deployment's processes are not started yet");
        }

        /** The load agents; set once the chains are wired, and only when there are chains. */
        UdpLoadAgents agents() {
            return Objects.requireNonNull(agents, "the deployment has no load agents");
        }

        @Override
        public void close() {
            try {
                if (agents != null) {
                    agents.close();
                }
            } finally {
                try {
                    if (processes != null) {
                        processes.close();
                    }
                } finally {
                    if (topology != null) {
                        topology.close();
                    }
                }
            }
        }
    }

    Parts deploy(LocalTopology topology, BooleanSupplier cancelled) throws LocalDeployer.DeploymentException {
        Parts parts;
        try {
            parts = new Parts(NamespacePlan.of(topology,
                    Files.exists(Path.of("/proc/sys/net/ipv6/conf/default/disable_ipv6"))));
        } catch (IllegalArgumentException e) {
            throw new LocalDeployer.DeploymentException(e.getMessage(), e);
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        for (LocalTopology.NodeSpec node : topology.nodes()) {
            LocalDeployer.resourceWarnings(node, parts.warnings);
            if (node.kind() == LocalTopology.Kind.PROCESS) {
                List<String> command = new ArrayList<>(affinity.prefix(node.id(), node.resources().vcpus(),
                        node.resources().pinning(), parts.warnings));
                command.addAll(NamespaceCommands.resolve(node, parts.plan));
                resolved.put(node.id(), command);
            } else if (node.resources().vcpus() != null || node.resources().pinning() != null) {
                parts.warnings.add("node " + node.id() + ": vcpus/pinning not honoured: a " + image(node)
                        + " runs in the kernel (softirq on the CPU that receives), not as a process that can be pinned");
            }
        }
        try {
            build(parts, topology, resolved, cancelled);
            return parts;
        } catch (NetnsException e) {
            parts.close();
            throw new LocalDeployer.DeploymentException(nodeNamed(e.getMessage()), e);
        } catch (LocalDeployer.DeploymentException e) {
            parts.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            parts.close();
            throw new LocalDeployer.DeploymentException(String.valueOf(e.getMessage()), e);
        }
    }

    private void build(Parts parts, LocalTopology topology, Map<String, List<String>> resolved, BooleanSupplier cancelled)
            throws NetnsException, IOException, LocalDeployer.DeploymentException {
        NamespacePlan plan = parts.plan;
        NetnsTopology netns = NetnsTopology.open(support, bound);
        parts.topology = netns;
        List<NetnsTopology.Spec> specs = plan.namespaces().stream()
                .map(ns -> new NetnsTopology.Spec(ns, plan.sysctls(ns))).toList();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (NetworkNamespace namespace : netns.create(specs)) {
            parts.namespaces.put(namespace.name(), namespace);
            pids.put(namespace.name(), namespace.pid());
            created.accept(namespace);
        }
        netns.ip(byNamespace(parts, plan.linkCommands(pids)));
        netns.ip(byNamespace(parts, plan.configureCommands()));
        ProcessGroup processes = new ProcessGroup(stopGrace);
        parts.processes = processes;
        if (!resolved.isEmpty()) {
            ProcessGroup.Member reaper = processes.start(LocalDeployer.REAPER, BuiltinCommands.reaper(),
                    workingDirectory, ProcessReaper.READY);
            for (Map.Entry<String, List<String>> entry : resolved.entrySet()) {
                List<String> command = parts.namespaces.get(entry.getKey()).command(entry.getValue(), workingDirectory);
                parts.commands.put(entry.getKey(), command);
                ProcessGroup.Member member = processes.start(entry.getKey(), command, workingDirectory, null);
                reaper.send("watch " + member.process().pid());
            }
        }
        if (!plan.chains().isEmpty()) {
            parts.agents = UdpLoadAgents.start(parts.namespaces.get(NamespacePlan.GENERATOR).enter(),
                    parts.namespaces.get(NamespacePlan.SINK).enter(), bound);
            awaitForwarding(parts, cancelled);
            warmUp(parts, cancelled);
        }
        checkAlive(parts);
    }

    private void awaitForwarding(Parts parts, BooleanSupplier cancelled)
            throws IOException, LocalDeployer.DeploymentException {
        if (readyTimeout.isZero()) {
            return;
        }
        long deadline = System.nanoTime() + Math.min(readyTimeout.toNanos(), bound.toNanos());
        for (NamespacePlan.ChainPath chain : parts.plan.chains()) {
            InetSocketAddress sink = new InetSocketAddress(chain.sink().ip(), NamespacePlan.UDP_PORT);
            BooleanSupplier abort = () -> cancelled.getAsBoolean() || parts.processes().members().stream()
                    .anyMatch(m -> !m.process().isAlive());
            boolean forwards = parts.agents().forwards(new UdpLoad.Chain(sink, sink),
                    Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), abort);
            checkAlive(parts);
            if (cancelled.getAsBoolean()) {
                throw new LocalDeployer.DeploymentException("deployment cancelled while waiting for chain c"
                        + chain.index() + " to forward");
            }
            if (!forwards) {
                throw new LocalDeployer.DeploymentException("chain c" + chain.index() + " (" + describe(chain)
                        + ") forwarded no datagram from the generator to the sink within "
                        + Math.min(readyTimeout.toSeconds(), bound.toSeconds()) + " s (orchestrator parameter "
                        + "ready_timeout); check that its NFs forward");
            }
        }
    }

    /**
     * Half a second of windowed traffic through every chain, so that the load agents (fresh JVMs each Test) have
     * compiled their send and receive loops before the first measured Trial, which would otherwise measure them cold.
     */
    private static void warmUp(Parts parts, BooleanSupplier cancelled) throws IOException {
        if (!parts.plan.chains().isEmpty() && !cancelled.getAsBoolean()) {
            List<UdpLoad.Chain> chains = parts.plan.chains().stream().map(c -> {
                InetSocketAddress sink = new InetSocketAddress(c.sink().ip(), NamespacePlan.UDP_PORT);
                return new UdpLoad.Chain(sink, sink);
            }).toList();
            parts.agents().load(chains, cancelled).run(new UdpLoad.Stimulus(0, 128, 64, WARM_UP, 2 * chains.size(),
                    Duration.ZERO, Duration.ofMillis(50), Duration.ofSeconds(1)));
        }
    }

    /** The chain as the generator's address, its NFs and the sink's address. */
    static String describe(NamespacePlan.ChainPath chain) {
        StringBuilder text = new StringBuilder("generator ").append(chain.generator().ip());
        chain.hops().forEach(h -> text.append(" -> ").append(h.node()));
        return text.append(" -> sink ").append(chain.sink().ip()).toString();
    }

    /** Fails, naming the node, when an NF command has exited: an NF must run for as long as the deployment. */
    private static void checkAlive(Parts parts) throws LocalDeployer.DeploymentException {
        for (ProcessGroup.Member member : parts.processes().members()) {
            if (!member.process().isAlive()) {
                String said = member.outputTail().strip().lines().filter(l -> !l.isBlank())
                        .reduce((a, b) -> b).map(l -> ": " + l.strip()).orElse("");
                throw new LocalDeployer.DeploymentException("node " + member.name() + ": the NF command exited with "
                        + "status " + member.process().exitValue() + " while the deployment started" + said
                        + " (an NF command must keep running; command: " + String.join(" ", commandOf(parts, member))
                        + ")");
            }
        }
    }

    private static List<String> commandOf(Parts parts, ProcessGroup.Member member) {
        return member.command().subList(Math.max(0, member.command().indexOf("--") + 1), member.command().size());
    }

    private static Map<NetworkNamespace, List<String>> byNamespace(Parts parts, Map<String, List<String>> batches) {
        Map<NetworkNamespace, List<String>> mapped = new LinkedHashMap<>();
        batches.forEach((name, lines) -> mapped.put(parts.namespaces.get(name), lines));
        return mapped;
    }

    /** "namespace c1n1: ..." from the topology layer becomes "node c1n1: ...", the generator's and sink's by role. */
    static String nodeNamed(String message) {
        String text = String.valueOf(message);
        if (text.startsWith("namespace " + NamespacePlan.GENERATOR + ":")) {
            return "the traffic generator's namespace" + text.substring(("namespace " + NamespacePlan.GENERATOR).length());
        }
        if (text.startsWith("namespace " + NamespacePlan.SINK + ":")) {
            return "the sink's namespace" + text.substring(("namespace " + NamespacePlan.SINK).length());
        }
        if (text.startsWith("namespace _user:")) {
            return "the user namespace" + text.substring("namespace _user".length());
        }
        return text.startsWith("namespace ") ? "node " + text.substring("namespace ".length()) : text;
    }

    static String image(LocalTopology.NodeSpec node) {
        return switch (node.kind()) {
            case ROUTER -> ScenarioMapper.ROUTER_IMAGE;
            case SWITCH -> ScenarioMapper.SWITCH_IMAGE + " (Linux bridge)";
            case FORWARDER -> ScenarioMapper.FORWARDER_IMAGE;
            case PROCESS -> "process";
        };
    }
}
