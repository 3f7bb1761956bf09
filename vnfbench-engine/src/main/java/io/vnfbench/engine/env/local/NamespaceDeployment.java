package io.vnfbench.engine.env.local;

import io.vnfbench.engine.probe.UdpLoadAgents;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.netns.EnteringCommandRunner;
import io.vnfbench.engine.env.netns.NetworkNamespace;
import io.vnfbench.engine.probe.CommandRunner;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.NamespaceTargets;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessCommandRunner;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.TrafficLoad;
import io.vnfbench.engine.probe.UdpLoad;

/**
 * A scenario deployed on the namespaces data plane, as the Manager and the tools see it: addresses of connection
 * points, the chains (the generator sends to each chain's sink address, routed hop by hop), tools run inside the
 * generator's namespace (the sink's for servers), the SUT's interfaces for counter listeners. Closing it stops the
 * tools, the UDP load agents and the NF commands, then the namespace holders, which removes every namespace, veth and
 * bridge with them.
 */
final class NamespaceDeployment implements Deployment, NamespaceTargets {
    private final String id;
    private final NamespaceDeployer.Parts parts;
    private final List<String> notes;
    private final Map<String, String> environmentFacts;
    private final ProbeRegistry tools;
    private final Clock clock;
    private final ProcessCommandRunner runner;
    private final CommandRunner generatorCommands;
    private final CommandRunner sinkCommands;
    private final Runnable onClose;
    private volatile boolean closed;

    NamespaceDeployment(String id, NamespaceDeployer.Parts parts, List<String> notes, Map<String, String> environmentFacts,
                        ProbeRegistry tools, Clock clock, Runnable onClose) {
        this.id = id;
        this.parts = parts;
        this.notes = List.copyOf(notes);
        this.environmentFacts = Map.copyOf(environmentFacts);
        this.tools = tools;
        this.clock = clock;
        this.onClose = onClose;
        this.runner = new ProcessCommandRunner(clock);
        this.generatorCommands = new EnteringCommandRunner(runner, namespace(NamespacePlan.GENERATOR));
        this.sinkCommands = new EnteringCommandRunner(runner, namespace(NamespacePlan.SINK));
    }

    private NetworkNamespace namespace(String name) {
        return parts.namespaces.get(name);
    }

    @Override
    public String id() {
        return id;
    }

    /** A connection point's address; a switch port resolves to the interface at the other end of its veth. */
    @Override
    public Optional<Endpoint> endpoint(String reference) {
        return parts.plan.addressOf(reference, parts.namespaces::containsKey).map(ip -> new Endpoint(ip, 0));
    }

    @Override
    public List<Chain> chains() {
        List<Chain> chains = new ArrayList<>();
        for (NamespacePlan.ChainPath chain : parts.plan.chains()) {
            Endpoint sink = new Endpoint(Objects.requireNonNull(chain.sink().ip(), "a chain's sink has an address"),
                    NamespacePlan.UDP_PORT);
            chains.add(new Chain(chain.index(), sink, sink));
        }
        return chains;
    }

    @Override
    public CommandRunner sinkCommands() {
        return sinkCommands;
    }

    @Override
    public Path procNet(Side side) {
        return namespace(side == Side.GENERATOR ? NamespacePlan.GENERATOR : NamespacePlan.SINK).procNet();
    }

    @Override
    public TrafficLoad udpLoad(List<UdpLoad.Chain> chains, BooleanSupplier cancelled) {
        UdpLoadAgents agents = parts.agents;
        if (agents == null) {
            throw new IllegalStateException("the deployment has no chains, so no UDP load agents");
        }
        return agents.load(chains, cancelled);
    }

    @Override
    public List<SutInterface> interfaces() {
        List<SutInterface> interfaces = new ArrayList<>();
        for (NamespacePlan.Interface i : parts.plan.interfaces()) {
            String connectionPoint = i.connectionPoint();
            if (connectionPoint != null) {
                interfaces.add(new SutInterface(i.namespace(), connectionPoint, i.name(),
                        namespace(i.namespace()).procNet().resolve("dev"), i.bridgePort()));
            }
        }
        return interfaces;
    }

    @Override
    public List<ProcessHandle> processesOf(String nodeId) {
        return parts.processes().member(nodeId).map(m -> m.handles().stream().filter(ProcessHandle::isAlive).toList())
                .orElse(List.of());
    }

    @Override
    public List<ProcessHandle> sutProcesses() {
        return parts.processes().members().stream().filter(m -> !m.name().equals(LocalDeployer.REAPER))
                .flatMap(m -> m.handles().stream()).filter(ProcessHandle::isAlive).toList();
    }

    /** Everything of this deployment that runs as a process: holders, NF commands, load agents (for tests). */
    List<ProcessHandle> allProcesses() {
        List<ProcessHandle> all = new ArrayList<>(parts.processes().aliveHandles());
        UdpLoadAgents agents = parts.agents;
        if (agents != null) {
            all.addAll(agents.processes());
        }
        for (NetworkNamespace ns : parts.namespaces.values()) {
            ProcessHandle.of(ns.pid()).ifPresent(all::add);
        }
        return all;
    }

    /** The namespaces of this deployment (for tests). */
    List<NetworkNamespace> namespaces() {
        return List.copyOf(parts.namespaces.values());
    }

    @Override
    public ProbeResult invoke(ToolInvocation invocation) throws InterruptedException {
        List<String> dead = parts.processes().members().stream().filter(m -> !m.process().isAlive())
                .map(ProcessGroup.Member::name).toList();
        ProbeResult result = invocation.runLocally(tools, this, generatorCommands, clock);
        if (!dead.isEmpty()) {
            return result.withError("SUT nodes " + dead + " had exited before this run");
        }
        return result;
    }

    @Override
    public List<String> warnings() {
        return parts.warnings;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>(environmentFacts);
        parts.commands.forEach((node, command) -> facts.put("node." + node + ".command", ProcessCommandRunner.call(command)));
        for (String ns : parts.plan.namespaces()) {
            facts.put("node." + ns + ".interfaces", parts.plan.describeInterfaces(ns));
        }
        for (NamespacePlan.ChainPath chain : parts.plan.chains()) {
            facts.put("chain.c" + chain.index() + ".path", NamespaceDeployer.describe(chain));
        }
        UdpLoadAgents loadAgents = parts.agents;
        if (loadAgents != null) {
            List<String> agents = loadAgents.commands();
            facts.put("local.udp_sender.command", agents.get(0));
            facts.put("local.udp_receiver.command", agents.get(1));
        }
        for (int i = 0; i < notes.size(); i++) {
            facts.put("local.note." + (i + 1), notes.get(i));
        }
        return facts;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            runner.close();
        } finally {
            try {
                parts.close();
            } finally {
                onClose.run();
            }
        }
    }
}
