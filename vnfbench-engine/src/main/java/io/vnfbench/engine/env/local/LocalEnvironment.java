package io.vnfbench.engine.env.local;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessCommandRunner;
import io.vnfbench.engine.probe.ProcessTargets;
import io.vnfbench.engine.probe.Targets;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.UdpLoad;

/**
 * The embedded {@code local} environment: SUT nodes as OS processes on loopback (see {@link LocalDeployer}), every
 * tool run inside this process or as a local command. Tracks its live deployments so that closing the environment
 * (the Manager's cancellation path) tears down whatever is still up.
 */
public final class LocalEnvironment implements ExecutionEnvironment {
    public static final String TYPE = "local";
    /** Orchestrator parameters this environment understands. */
    static final Set<String> PARAMETERS = Set.of("stop_grace", "data_plane", "user_namespace", "ready_timeout");

    private final ProbeRegistry tools;
    private final Clock clock;
    private final Duration stopGrace;
    private final CpuAffinity affinity = CpuAffinity.detect();
    private final DataPlane dataPlane;
    private final Set<Deployment> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean closed;

    public LocalEnvironment(ProbeRegistry tools, Clock clock, Duration stopGrace) {
        this(tools, clock, stopGrace, new DataPlane(Optional.empty(), Optional.empty(), Duration.ofSeconds(30)));
    }

    LocalEnvironment(ProbeRegistry tools, Clock clock, Duration stopGrace, DataPlane dataPlane) {
        this.tools = tools;
        this.clock = clock;
        this.stopGrace = stopGrace;
        this.dataPlane = dataPlane;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Deployment deploy(DeploymentRequest request, CancellationToken token)
            throws DeploymentException, InterruptedException {
        if (closed) {
            throw new DeploymentException("the local environment is closed; not deploying " + request.instanceId());
        }
        token.throwIfCancelled();
        ScenarioMapper.Mapped mapped;
        try {
            mapped = ScenarioMapper.map(request.vnfbd().scenario());
        } catch (IllegalArgumentException e) {
            throw new DeploymentException("instance " + request.instanceId() + ": " + e.getMessage());
        }
        if (dataPlane.usesNamespaces()) {
            return deployNamespaces(request, token, mapped, namespace -> { });
        }
        LocalDeployer deployer = new LocalDeployer(java.net.InetAddress.getLoopbackAddress(), request.bound(), stopGrace,
                Path.of(System.getProperty("user.dir")), affinity);
        LocalDeployment deployment;
        try {
            deployment = deployer.deploy(mapped.topology(), token::isCancelled);
        } catch (LocalDeployer.DeploymentException e) {
            token.throwIfCancelled();
            boolean retry = String.valueOf(e.getMessage()).contains("Address already in use")
                    || String.valueOf(e.getMessage()).contains("BindException");
            throw new DeploymentException("instance " + request.instanceId() + " test " + request.test() + ": "
                    + e.getMessage(), e, retry);
        }
        String id = "local-" + request.instanceId() + "-t" + request.test() + "-" + sequence.incrementAndGet();
        LocalDeploymentHandle handle = new LocalDeploymentHandle(id, deployment, mapped.notes());
        live.add(handle);
        if (closed || token.isCancelled()) {
            handle.close();
            throw new CancelledException(token.reason().orElse("local environment closed during deployment"));
        }
        return handle;
    }

    /** Deploys on the namespaces data plane; {@code created} sees every namespace as it is made (tests). */
    Deployment deployNamespaces(DeploymentRequest request, CancellationToken token, ScenarioMapper.Mapped mapped,
                                java.util.function.Consumer<io.vnfbench.engine.env.netns.NetworkNamespace> created)
            throws DeploymentException {
        NamespaceDeployer deployer = new NamespaceDeployer(dataPlane.namespaces().orElseThrow(), request.bound(),
                dataPlane.readyTimeout(), stopGrace, Path.of(System.getProperty("user.dir")), affinity, created);
        NamespaceDeployer.Parts parts;
        try {
            parts = deployer.deploy(mapped.topology(), token::isCancelled);
        } catch (LocalDeployer.DeploymentException e) {
            token.throwIfCancelled();
            throw new DeploymentException("instance " + request.instanceId() + " test " + request.test() + ": "
                    + e.getMessage(), e, false);
        }
        String id = "local-" + request.instanceId() + "-t" + request.test() + "-" + sequence.incrementAndGet();
        Map<String, String> facts = new LinkedHashMap<>(dataPlane.facts());
        facts.put("local.cpu_affinity", affinity.available() ? "taskset" : "unavailable");
        Deployment[] self = new Deployment[1];
        NamespaceDeployment handle = new NamespaceDeployment(id, parts, mapped.notes(), facts, tools, clock,
                () -> live.remove(self[0]));
        self[0] = handle;
        live.add(handle);
        if (closed || token.isCancelled()) {
            handle.close();
            throw new CancelledException(token.reason().orElse("local environment closed during deployment"));
        }
        return handle;
    }

    @Override
    public void close() {
        closed = true;
        for (Deployment handle : List.copyOf(live)) {
            handle.close();
        }
    }

    /** The SPI view of a {@link LocalDeployment}: targets, tool invocation, facts, warnings, teardown. */
    final class LocalDeploymentHandle implements Deployment, ProcessTargets {
        private final String id;
        private final LocalDeployment deployment;
        private final List<String> notes;
        private final ProcessCommandRunner commands;
        private volatile boolean closed;

        LocalDeploymentHandle(String id, LocalDeployment deployment, List<String> notes) {
            this.id = id;
            this.deployment = deployment;
            this.notes = List.copyOf(notes);
            this.commands = new ProcessCommandRunner(clock);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Optional<Endpoint> endpoint(String reference) {
            String cp = reference;
            int colon = reference.indexOf(':');
            if (colon > 0 && deployment.commands().containsKey(reference.substring(0, colon))) {
                cp = reference.substring(colon + 1);
            }
            Optional<Endpoint> point = deployment.address(cp).map(a -> new Endpoint(a.getAddress().getHostAddress(),
                    a.getPort()));
            if (point.isPresent() || !deployment.commands().containsKey(reference)) {
                return point;
            }
            return Optional.of(new Endpoint(java.net.InetAddress.getLoopbackAddress().getHostAddress(), 0));
        }

        @Override
        public List<Chain> chains() {
            List<Chain> chains = new ArrayList<>();
            List<UdpLoad.Chain> local = deployment.chains();
            for (int k = 0; k < local.size(); k++) {
                UdpLoad.Chain c = local.get(k);
                chains.add(new Chain(k + 1, new Endpoint(c.ingress().getAddress().getHostAddress(), c.ingress().getPort()),
                        new Endpoint(c.egress().getAddress().getHostAddress(), c.egress().getPort())));
            }
            return chains;
        }

        @Override
        public List<ProcessHandle> processesOf(String nodeId) {
            return deployment.processesOf(nodeId);
        }

        @Override
        public List<ProcessHandle> sutProcesses() {
            return deployment.aliveProcesses();
        }

        @Override
        public ProbeResult invoke(ToolInvocation invocation) throws InterruptedException {
            List<String> dead = deployment.deadNodes();
            ProbeResult result = invocation.runLocally(tools, this, commands, clock);
            if (!dead.isEmpty()) {
                return result.withError("SUT nodes " + dead + " had exited before this run");
            }
            return result;
        }

        @Override
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>(deployment.warnings());
            dataPlane.note().ifPresent(warnings::add);
            return warnings;
        }

        @Override
        public Map<String, String> facts() {
            Map<String, String> facts = new LinkedHashMap<>(dataPlane.facts());
            deployment.commands().forEach((node, command) ->
                    facts.put("node." + node + ".command", ProcessCommandRunner.call(command)));
            for (int i = 0; i < notes.size(); i++) {
                facts.put("local.note." + (i + 1), notes.get(i));
            }
            facts.put("local.cpu_affinity", affinity.available() ? "taskset" : "unavailable");
            return facts;
        }

        /** Every process of the deployment alive now. */
        List<ProcessHandle> aliveProcesses() {
            return deployment.aliveProcesses();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                commands.close();
            } finally {
                deployment.close();
                live.remove(this);
            }
        }
    }
}
