package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vnfbench.engine.probe.UdpLoad;

/**
 * Deploys a {@link LocalTopology} as OS processes on loopback: one UDP port per connection point, one sink address
 * per chain egress (where the built-in prober listens), built-in forwarders and switch as JVM processes, {@code process}
 * nodes from their start implementation. Waits (bounded) until every node is ready; on any failure it tears down
 * what it started and throws, so no process outlives a failed deployment.
 */
public final class LocalDeployer {
    /** Process-group name of the guard process; not a valid node id in a VNF-BD (it starts with an underscore). */
    static final String REAPER = "_reaper";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.:-]+)}");

    private final InetAddress loopback;
    private final Duration readyBound;
    private final Duration stopGrace;
    private final Path workingDirectory;
    private final CpuAffinity affinity;

    public LocalDeployer(Duration readyBound, Duration stopGrace, Path workingDirectory) {
        this(InetAddress.getLoopbackAddress(), readyBound, stopGrace, workingDirectory, CpuAffinity.detect());
    }

    LocalDeployer(InetAddress loopback, Duration readyBound, Duration stopGrace, Path workingDirectory,
                  CpuAffinity affinity) {
        this.loopback = loopback;
        this.readyBound = readyBound;
        this.stopGrace = stopGrace;
        this.workingDirectory = workingDirectory;
        this.affinity = affinity;
    }

    /** Deploys; {@code cancelled} is polled while waiting for readiness. */
    public LocalDeployment deploy(LocalTopology topology, BooleanSupplier cancelled) throws DeploymentException {
        List<String> warnings = new ArrayList<>();
        Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
        List<String[]> attachments = topology.attachmentPairs();
        List<InetSocketAddress> sinks;
        try {
            List<String> cps = topology.nodes().stream().flatMap(n -> n.connectionPoints().stream()).toList();
            List<InetSocketAddress> ports = UdpPorts.allocate(loopback, cps.size() + attachments.size());
            for (int i = 0; i < cps.size(); i++) {
                addresses.put(cps.get(i), ports.get(i));
            }
            sinks = ports.subList(cps.size(), ports.size());
        } catch (IOException e) {
            throw new DeploymentException("cannot allocate loopback UDP ports: " + e.getMessage(), e);
        }
        Map<String, InetSocketAddress> sinkOf = new LinkedHashMap<>();
        List<UdpLoad.Chain> chains = new ArrayList<>();
        for (int k = 0; k < attachments.size(); k++) {
            sinkOf.put(attachments.get(k)[1], sinks.get(k));
            chains.add(new UdpLoad.Chain(addresses.get(attachments.get(k)[0]), sinks.get(k)));
        }

        ProcessGroup group = new ProcessGroup(stopGrace);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        Map<String, Set<Integer>> awaitedPorts = new LinkedHashMap<>();
        try {
            ProcessGroup.Member reaper = null;
            if (topology.nodes().stream().anyMatch(n -> n.kind() == LocalTopology.Kind.PROCESS)) {
                reaper = group.start(REAPER, BuiltinCommands.reaper(), workingDirectory, ProcessReaper.READY);
            }
            for (LocalTopology.NodeSpec node : topology.nodes()) {
                resourceWarnings(node, warnings);
                List<String> command = new ArrayList<>(affinity.prefix(node.id(), node.resources().vcpus(),
                        node.resources().pinning(), warnings));
                Set<Integer> awaited = new HashSet<>();
                String readyLine = null;
                switch (node.kind()) {
                    case FORWARDER, ROUTER -> {
                        if (node.kind() == LocalTopology.Kind.ROUTER) {
                            warnings.add("node " + node.id() + ": " + ScenarioMapper.ROUTER_IMAGE + " runs as the UDP "
                                    + "relay " + ScenarioMapper.FORWARDER_IMAGE + " in the loopback data plane (kernel "
                                    + "forwarding needs orchestrator parameter data_plane: namespaces)");
                        }
                        command.addAll(forwarderCommand(node, topology, addresses, sinkOf));
                        readyLine = NfProcessSupport.READY;
                    }
                    case SWITCH -> {
                        command.addAll(switchCommand(node, topology, addresses, sinkOf));
                        readyLine = NfProcessSupport.READY;
                    }
                    case PROCESS -> command.addAll(processCommand(node, topology, addresses, sinkOf, awaited));
                    default -> throw new IllegalStateException("unknown node kind " + node.kind());
                }
                commands.put(node.id(), List.copyOf(command));
                awaitedPorts.put(node.id(), awaited);
                ProcessGroup.Member member = group.start(node.id(), command, workingDirectory, readyLine);
                if (node.kind() == LocalTopology.Kind.PROCESS && reaper != null) {
                    reaper.send("watch " + member.process().pid());
                }
            }
            awaitReady(group, awaitedPorts, cancelled);
            return new LocalDeployment(group, addresses, chains, warnings, commands);
        } catch (DeploymentException e) {
            group.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            group.close();
            throw new DeploymentException(e.getMessage(), e);
        }
    }

    static void resourceWarnings(LocalTopology.NodeSpec node, List<String> warnings) {
        LocalTopology.Resources r = node.resources();
        String cpuBw = r.cpuBw();
        if (cpuBw != null && !cpuBw.isBlank()) {
            warnings.add("node " + node.id() + ": cpu_bw=" + cpuBw
                    + " not honoured: the local environment sets no CPU quota");
        }
        if (r.memorySize() != null) {
            warnings.add("node " + node.id() + ": memory size=" + r.memorySize() + (r.memoryUnit() == null ? "" : " " + r.memoryUnit())
                    + " not honoured: the local environment sets no memory limit");
        }
        if (r.storageSize() != null) {
            warnings.add("node " + node.id() + ": storage size=" + r.storageSize() + (r.storageUnit() == null ? "" : " " + r.storageUnit())
                    + " not honoured: the local environment provides no storage");
        }
    }

    @CheckForNull
    private static InetSocketAddress peerAddress(String cp, LocalTopology topology,
                                                 Map<String, InetSocketAddress> addresses,
                                                 Map<String, InetSocketAddress> sinks) {
        return topology.peer(cp).map(addresses::get).orElse(sinks.get(cp));
    }

    private static List<String> forwarderCommand(LocalTopology.NodeSpec node, LocalTopology topology,
                                                 Map<String, InetSocketAddress> addresses,
                                                 Map<String, InetSocketAddress> sinks) throws DeploymentException {
        String in = pick(node, "-in", 0);
        String out = pick(node, "-out", 1);
        InetSocketAddress to = peerAddress(out, topology, addresses, sinks);
        if (to == null) {
            throw new DeploymentException("node " + node.id() + ": connection point '" + out
                    + "' has no link, so the forwarder has nowhere to send");
        }
        try {
            return BuiltinCommands.forwarder(addresses.get(in), addresses.get(out), to, node.parameters());
        } catch (IllegalArgumentException e) {
            throw new DeploymentException("node " + node.id() + ": " + e.getMessage());
        }
    }

    /** The connection point ending in {@code suffix}, else the one at {@code index} when the node has exactly two. */
    private static String pick(LocalTopology.NodeSpec node, String suffix, int index) throws DeploymentException {
        List<String> matching = node.connectionPoints().stream().filter(cp -> cp.endsWith(suffix)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (node.connectionPoints().size() == 2) {
            return node.connectionPoints().get(index);
        }
        throw new DeploymentException("node " + node.id() + ": a builtin/forwarder needs one connection point ending in '"
                + suffix + "' (or exactly two connection points, in then out); it has " + node.connectionPoints());
    }

    private static List<String> switchCommand(LocalTopology.NodeSpec node, LocalTopology topology,
                                              Map<String, InetSocketAddress> addresses,
                                              Map<String, InetSocketAddress> sinks) throws DeploymentException {
        String xconnect = node.xconnect();
        if (xconnect == null || xconnect.isBlank()) {
            throw new DeploymentException("node " + node.id() + ": a builtin/switch needs the configure workflow parameter "
                    + "'xconnect' (space-separated from>to pairs of its connection points)");
        }
        Map<String, InetSocketAddress> ports = new LinkedHashMap<>();
        Map<String, InetSocketAddress> peers = new LinkedHashMap<>();
        for (String cp : node.connectionPoints()) {
            ports.put(cp, addresses.get(cp));
            InetSocketAddress peer = peerAddress(cp, topology, addresses, sinks);
            if (peer != null) {
                peers.put(cp, peer);
            }
        }
        try {
            CrossConnect.check(CrossConnect.parse(node.xconnect()), ports.keySet(), peers.keySet());
        } catch (IllegalArgumentException e) {
            throw new DeploymentException("node " + node.id() + ": " + e.getMessage(), e);
        }
        return BuiltinCommands.udpSwitch(ports, peers, xconnect);
    }

    /**
     * The start implementation with placeholders resolved: {@code {host}}, {@code {<cp>.port}} (cp may be
     * {@code in}/{@code out} for the node's -in/-out point),
     * {@code {<cp>.address}} (host:port), {@code {<cp>.peer}} (peer's host:port), {@code {<cp>.peer_port}}, and the
     * workflow parameters by input name. Ports named by {@code .port}/{@code .address} are awaited for readiness.
     */
    static List<String> processCommand(LocalTopology.NodeSpec node, LocalTopology topology,
                                       Map<String, InetSocketAddress> addresses, Map<String, InetSocketAddress> sinks,
                                       Set<Integer> awaited) throws DeploymentException {
        if (node.command().isEmpty()) {
            throw new DeploymentException("node " + node.id() + ": a node of format 'process' needs a lifecycle 'start' "
                    + "workflow whose implementation is the command to run (an argument array)");
        }
        List<String> resolved = new ArrayList<>();
        for (String argument : node.command()) {
            Matcher matcher = PLACEHOLDER.matcher(argument);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(
                        resolve(node, matcher.group(1), topology, addresses, sinks, awaited)));
            }
            matcher.appendTail(out);
            resolved.add(out.toString());
        }
        return resolved;
    }

    private static String resolve(LocalTopology.NodeSpec node, String name, LocalTopology topology,
                                  Map<String, InetSocketAddress> addresses, Map<String, InetSocketAddress> sinks,
                                  Set<Integer> awaited) throws DeploymentException {
        if (name.equals("host")) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
        if (node.parameters().containsKey(name)) {
            return node.parameters().get(name);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String cp = alias(node, name.substring(0, dot));
            String field = name.substring(dot + 1);
            InetSocketAddress own = addresses.get(cp);
            if (own != null && node.connectionPoints().contains(cp)) {
                InetSocketAddress peer = peerAddress(cp, topology, addresses, sinks);
                switch (field) {
                    case "port" -> {
                        awaited.add(own.getPort());
                        return String.valueOf(own.getPort());
                    }
                    case "address" -> {
                        awaited.add(own.getPort());
                        return BuiltinCommands.text(own);
                    }
                    case "peer", "peer_port" -> {
                        if (peer == null) {
                            throw new DeploymentException("node " + node.id() + ": placeholder {" + name
                                    + "} names connection point '" + cp + "', which has no link");
                        }
                        return field.equals("peer") ? BuiltinCommands.text(peer) : String.valueOf(peer.getPort());
                    }
                    default -> {
                        // Fall through to the error below.
                    }
                }
            }
        }
        throw new DeploymentException("node " + node.id() + ": unknown placeholder {" + name + "}; known: {host}, "
                + "{<cp>.port|address|peer|peer_port} for connection points " + node.connectionPoints()
                + ", and the workflow parameters " + node.parameters().keySet());
    }

    /**
     * {@code in} and {@code out} name the node's connection point ending in {@code -in} / {@code -out} (or its first
     * / second one), so that one chain NF template serves every generated NF ({@code c1n1-in}, {@code c2n3-in}...).
     */
    private static String alias(LocalTopology.NodeSpec node, String cp) {
        if (node.connectionPoints().contains(cp) || !(cp.equals("in") || cp.equals("out"))) {
            return cp;
        }
        try {
            return pick(node, "-" + cp, cp.equals("in") ? 0 : 1);
        } catch (DeploymentException e) {
            return cp;
        }
    }

    private void awaitReady(ProcessGroup group, Map<String, Set<Integer>> awaitedPorts, BooleanSupplier cancelled)
            throws DeploymentException {
        long deadline = System.nanoTime() + readyBound.toNanos();
        while (true) {
            List<String> waiting = new ArrayList<>();
            Set<Integer> bound = null;
            for (ProcessGroup.Member member : group.members()) {
                if (!member.process().isAlive()) {
                    throw new DeploymentException("node " + member.name() + " exited with status "
                            + member.process().exitValue() + " while starting: " + String.join(" ", member.command())
                            + tail(member));
                }
                if (!member.isReady()) {
                    waiting.add(member.name());
                    continue;
                }
                Set<Integer> ports = awaitedPorts.getOrDefault(member.name(), Set.of());
                if (!ports.isEmpty()) {
                    if (bound == null) {
                        bound = UdpPorts.boundPorts();
                    }
                    if (!bound.containsAll(ports)) {
                        waiting.add(member.name());
                    }
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (cancelled.getAsBoolean()) {
                throw new DeploymentException("deployment cancelled while waiting for " + waiting);
            }
            if (System.nanoTime() > deadline) {
                StringBuilder tails = new StringBuilder();
                for (String name : waiting) {
                    group.member(name).ifPresent(m -> tails.append(tail(m)));
                }
                throw new DeploymentException("nodes " + waiting + " not ready within " + readyBound.toMillis()
                        + " ms" + tails);
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }

    private static String tail(ProcessGroup.Member member) {
        String tail = member.outputTail();
        return tail.isBlank() ? "" : "\n--- output of " + member.name() + " ---\n" + tail;
    }

    /** A scenario that could not be deployed locally; the message names the node and the cause. */
    public static final class DeploymentException extends Exception {
        private static final long serialVersionUID = 1L;

        public DeploymentException(String message) {
            super(message);
        }

        public DeploymentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
