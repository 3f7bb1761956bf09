package io.vnfbench.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.local.NamespacePlan;
import io.vnfbench.engine.env.netns.EnteringCommandRunner;
import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.env.netns.NetworkNamespace;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CommandRunner;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.NamespaceTargets;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessCommandRunner;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.TrafficLoad;
import io.vnfbench.engine.probe.UdpLoad;
import io.vnfbench.engine.probe.UdpLoadAgents;
import io.vnfbench.kubernetes.IpLayout;
import io.vnfbench.kubernetes.PodVerdict;
import io.vnfbench.kubernetes.TestManifests;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One Test's pods on this host as the Manager and the tools see them: the chains' addresses from the namespace plan,
 * tools run in the traffic generator's pod (servers in the sink's), the built-in UDP load split between the two, and
 * every NF interface's counters read from its pod's network namespace. Closing it stops the tools and the load agents
 * and deletes every pod, ConfigMap and NetworkAttachmentDefinition of the Test.
 */
final class PodmanDeployment implements Deployment, NamespaceTargets {

    static final Duration WARM_UP = Duration.ofMillis(500);
    private final PodmanEnvironment env;
    private final String id;
    private final TestManifests manifests;
    private final IpLayout layout;
    private final NamespacePlan plan;
    private final ProcessCommandRunner runner;
    private final Map<String, NetworkNamespace> namespaces = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    @CheckForNull
    private UdpLoadAgents agents;
    @CheckForNull
    private CommandRunner generatorCommands;
    @CheckForNull
    private CommandRunner sinkCommands;
    private volatile boolean closed;

    PodmanDeployment(PodmanEnvironment env, String id, TestManifests manifests, IpLayout layout) {
        this.env = env;
        this.id = id;
        this.manifests = manifests;
        this.layout = layout;
        this.plan = layout.plan();
        this.runner = new ProcessCommandRunner(env.clock());
        for (Pod pod : manifests.sutPods()) {
            for (Container c : pod.getSpec().getContainers()) {
                var cpu = c.getResources() == null ? null : c.getResources().getLimits().get("cpu");
                if (cpu != null) {
                    warnings.add("pod " + pod.getMetadata().getName() + ": exclusive CPUs are not honoured on this"
                            + " host (the podman runtime has no static CPU manager); the container's CPU limit and"
                            + " shares are");
                }
            }
        }
    }

    /** Enters the pods' namespaces, starts the load agents and waits until every chain forwards. */
    void start(Duration readyTimeout, CancellationToken token) throws DeploymentException {
        String nsenter = NamespaceSupport.probe(NamespaceSupport.Isolation.HOST).tools().orElseThrow().nsenter()
                .toString();
        for (Map.Entry<String, String> e : layout.pods().entrySet()) {
            long pid = env.runtime().infraPid(manifests.namespace(), e.getValue()).orElseThrow(() ->
                    new DeploymentException("pod " + e.getValue() + " has no network namespace"));
            String inode;
            try {
                inode = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString();
            } catch (IOException ex) {
                throw new DeploymentException("pod " + e.getValue() + ": cannot read its network namespace: "
                        + ex.getMessage(), ex, false);
            }
            namespaces.put(e.getKey(), new NetworkNamespace(e.getKey(), pid, inode,
                    List.of(nsenter, "-t", Long.toString(pid), "-n", "--")));
        }
        generatorCommands = new EnteringCommandRunner(runner, namespaces.get(NamespacePlan.GENERATOR));
        sinkCommands = new EnteringCommandRunner(runner, namespaces.get(NamespacePlan.SINK));
        if (plan.chains().isEmpty()) {
            return;
        }
        try {
            UdpLoadAgents started = UdpLoadAgents.start(namespaces.get(NamespacePlan.GENERATOR).enter(),
                    namespaces.get(NamespacePlan.SINK).enter(), Duration.ofSeconds(60));
            agents = started;
            awaitForwarding(started, readyTimeout, token);
            started.load(chainsOfLoad(), token::isCancelled).run(new UdpLoad.Stimulus(0, 128, 64, WARM_UP,
                    2 * plan.chains().size(), Duration.ZERO, Duration.ofMillis(50), Duration.ofSeconds(1)));
        } catch (IOException e) {
            throw new DeploymentException("cannot start the UDP load agents in the traffic pods: " + e.getMessage(),
                    e, false);
        }
    }

    private void awaitForwarding(UdpLoadAgents agents, Duration readyTimeout, CancellationToken token)
            throws IOException, DeploymentException {
        if (readyTimeout.isZero()) {
            return;
        }
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        for (NamespacePlan.ChainPath chain : plan.chains()) {
            InetSocketAddress sink = new InetSocketAddress(chain.sink().ip(), NamespacePlan.UDP_PORT);
            BooleanSupplier abort = () -> token.isCancelled() || failedSut().isPresent();
            boolean forwards = agents.forwards(new UdpLoad.Chain(sink, sink),
                    Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), abort);
            Optional<String> failed = failedSut();
            if (failed.isPresent()) {
                throw new DeploymentException(failed.get());
            }
            if (!forwards && !token.isCancelled()) {
                throw new DeploymentException("chain c" + chain.index() + " (" + describe(chain) + ") forwarded no"
                        + " datagram from the generator to the sink within " + readyTimeout.toSeconds() + " s"
                        + " (orchestrator parameter ready-timeout); check that its NFs forward");
            }
        }
    }

    /** The first SUT or traffic pod that has failed, named by its node, if any. */
    private Optional<String> failedSut() {
        for (Pod pod : manifests.pods()) {
            PodVerdict v = env.verdict(pod, null);
            if (v.isFailure() || v.state() == PodVerdict.State.SUCCEEDED) {
                return Optional.of(PodmanEnvironment.named(layout, pod, v.reason()));
            }
        }
        return Optional.empty();
    }

    static String describe(NamespacePlan.ChainPath chain) {
        StringBuilder text = new StringBuilder("generator ").append(chain.generator().ip());
        chain.hops().forEach(h -> text.append(" -> ").append(h.node()));
        return text.append(" -> sink ").append(chain.sink().ip()).toString();
    }

    private List<UdpLoad.Chain> chainsOfLoad() {
        return plan.chains().stream().map(c -> {
            InetSocketAddress sink = new InetSocketAddress(c.sink().ip(), NamespacePlan.UDP_PORT);
            return new UdpLoad.Chain(sink, sink);
        }).toList();
    }

    @Override
    public String id() {
        return id;
    }

    /** A connection point's address; a switch port resolves to the interface at the other end of its link. */
    @Override
    public Optional<Endpoint> endpoint(String reference) {
        return plan.addressOf(reference, layout.pods()::containsKey).map(ip -> new Endpoint(ip, 0));
    }

    @Override
    public List<Chain> chains() {
        List<Chain> chains = new ArrayList<>();
        for (NamespacePlan.ChainPath chain : plan.chains()) {
            Endpoint sink = new Endpoint(chain.sink().address(), NamespacePlan.UDP_PORT);
            chains.add(new Chain(chain.index(), sink, sink));
        }
        return chains;
    }

    @Override
    public CommandRunner sinkCommands() {
        CommandRunner c = sinkCommands;
        if (c == null) {
            throw new IllegalStateException("the deployment has not entered its traffic pods");
        }
        return c;
    }

    @Override
    public Path procNet(Side side) {
        return namespaces.get(side == Side.GENERATOR ? NamespacePlan.GENERATOR : NamespacePlan.SINK).procNet();
    }

    @Override
    public TrafficLoad udpLoad(List<UdpLoad.Chain> chains, BooleanSupplier cancelled) {
        UdpLoadAgents a = agents;
        if (a == null) {
            throw new IllegalStateException("the deployment has no chains, so no UDP load agents");
        }
        return a.load(chains, cancelled);
    }

    @Override
    public List<SutInterface> interfaces() {
        List<SutInterface> out = new ArrayList<>();
        for (NamespacePlan.Interface i : plan.interfaces()) {
            String cp = i.connectionPoint();
            var ns = namespaces.get(i.namespace());
            if (cp != null && ns != null) {
                out.add(new SutInterface(i.namespace(), cp, i.name(), ns.procNet().resolve("dev"), i.bridgePort()));
            }
        }
        return out;
    }

    @Override
    public List<ProcessHandle> processesOf(String nodeId) {
        if (!layout.pods().containsKey(nodeId) || nodeId.startsWith("_")) {
            return List.of();
        }
        List<ProcessHandle> out = new ArrayList<>();
        for (long pid : env.runtime().containerPids(manifests.namespace(), layout.podOf(nodeId)).values()) {
            ProcessHandle.of(pid).ifPresent(p -> {
                out.add(p);
                p.descendants().forEach(out::add);
            });
        }
        return out;
    }

    @Override
    public List<ProcessHandle> sutProcesses() {
        List<ProcessHandle> out = new ArrayList<>();
        for (String ns : plan.namespaces()) {
            out.addAll(processesOf(ns));
        }
        return out;
    }

    @Override
    public ProbeResult invoke(ToolInvocation invocation) throws InterruptedException {
        Optional<String> before = failedSut();
        CommandRunner commands = generatorCommands;
        if (commands == null) {
            throw new IllegalStateException("the deployment has not entered its traffic pods");
        }
        ProbeResult result = invocation.runLocally(env.tools(), this, commands, env.clock());
        Optional<String> after = before.isPresent() ? before : failedSut();
        return after.map(f -> result.withError("infrastructure failure during the Trial, no measurement: " + f))
                .orElse(result);
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("podman.cluster", env.clusterId());
        facts.put("podman.namespace", manifests.namespace());
        for (Pod pod : manifests.sutPods()) {
            for (Container c : pod.getSpec().getContainers()) {
                facts.put("pod." + pod.getMetadata().getName() + "." + c.getName() + ".image", c.getImage());
                List<String> call = new ArrayList<>(c.getCommand());
                call.addAll(c.getArgs());
                if (!call.isEmpty()) {
                    facts.put("pod." + pod.getMetadata().getName() + "." + c.getName() + ".command",
                            ProcessCommandRunner.call(call));
                }
            }
        }
        for (String ns : plan.namespaces()) {
            facts.put("node." + ns + ".interfaces", plan.describeInterfaces(ns));
            facts.put("node." + ns + ".pod", layout.podOf(ns));
        }
        for (NamespacePlan.ChainPath chain : plan.chains()) {
            facts.put("chain.c" + chain.index() + ".path", describe(chain));
        }
        UdpLoadAgents a = agents;
        if (a != null) {
            List<String> commands = a.commands();
            facts.put("podman.udp_sender.command", commands.get(0));
            facts.put("podman.udp_receiver.command", commands.get(1));
        }
        return facts;
    }

    /** Stops tools and agents, then deletes the Test's pods, ConfigMaps and networks. Idempotent, never throws. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            runner.close();
            UdpLoadAgents a = agents;
            if (a != null) {
                a.close();
            }
        } finally {
            try {
                var runtime = env.runtime();
                String ns = manifests.namespace();
                for (Pod pod : manifests.pods()) {
                    quietly(() -> runtime.delete(ns, pod.getMetadata().getName()));
                }
                for (var cm : manifests.configMaps()) {
                    runtime.deleteConfigMap(ns, cm.getMetadata().getName());
                }
                for (var nad : manifests.ip().networks()) {
                    runtime.deleteNetworkAttachment(ns, nad.getMetadata().getName());
                }
                runtime.deleteService(ns, manifests.service().getMetadata().getName());
            } finally {
                env.forget(this);
            }
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // the pod runtime's close removes whatever is left
        }
    }
}
