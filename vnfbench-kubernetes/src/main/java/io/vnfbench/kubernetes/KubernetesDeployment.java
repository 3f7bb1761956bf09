package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CommandResult;
import io.vnfbench.engine.probe.CommandRunner;
import io.vnfbench.engine.probe.Endpoint;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.Targets;
import io.vnfbench.engine.probe.Tool;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One deployed Test on Kubernetes. Probers run as pods: a tool's commands ({@link CommandRunner}) become pods of the
 * matching image, and tools built into vnfbench ({@code in-pod-tools}) run whole in a pod of the vnfbench image.
 * Listeners sample the SUT pods through the metrics API. Closing deletes everything by label.
 */
final class KubernetesDeployment implements Deployment {

    private final KubernetesEnvironment env;
    private final DeploymentContext ctx;
    private final TestManifests manifests;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    @CheckForNull
    private ScheduledExecutorService lease;

    KubernetesDeployment(KubernetesEnvironment env, DeploymentContext ctx, TestManifests manifests) {
        this.env = env;
        this.ctx = ctx;
        this.manifests = manifests;
    }

    @Override
    public String id() {
        return ctx.slug();
    }

    String namespace() {
        return manifests.namespace();
    }

    // ------------------------------------------------------------------ Targets

    @Override
    public Optional<Endpoint> endpoint(String reference) {
        Map<String, String> endpoints = manifests.endpoints();
        String key = reference;
        if (!endpoints.containsKey(key) && reference.contains(":")) {
            key = reference.substring(reference.indexOf(':') + 1);
        }
        String address = endpoints.get(key);
        if (address == null) {
            String prefix = reference + "-";
            address = endpoints.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                    .sorted().findFirst().orElse(null);
        }
        return Optional.ofNullable(address).map(KubernetesDeployment::parse);
    }

    @Override
    public List<Chain> chains() {
        List<Chain> out = new ArrayList<>();
        manifests.layout().ifPresent(layout -> {
            for (io.vnfbench.engine.plan.ChainLayout.Chain c : layout.chains()) {
                String ingress = manifests.endpoints().get(c.ingress());
                if (ingress != null) {
                    out.add(new Chain(c.index(), parse(ingress),
                            new Endpoint(sinkHost(), ManifestFactory.SINK_PORT + c.index())));
                }
            }
        });
        return out;
    }

    /** The addresses an in-pod tool resolves its targets from (see {@link InPodTool}). */
    private Map<String, String> targetsEnv() {
        Map<String, String> env = new TreeMap<>();
        env.put(InPodTool.ENDPOINTS, manifests.endpoints().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(" ")));
        env.put(InPodTool.CHAINS, chains().stream().map(c -> c.index() + "=" + c.ingress())
                .collect(java.util.stream.Collectors.joining(" ")));
        return env;
    }

    private String sinkHost() {
        return manifests.sinkHost();
    }

    private static Endpoint parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new Endpoint(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    // ------------------------------------------------------------------ tools

    @Override
    public ProbeResult invoke(ToolInvocation invocation) throws InterruptedException {
        Instant start = env.clock().instant();
        if (closed.get()) {
            return ProbeResult.failed("the deployment was already torn down", invocation.toolName(), null, start,
                    start);
        }
        if (invocation.kind() == ToolKind.LISTENER) {
            return new PodMetricsListener(env, namespace(), ctx).sample(invocation);
        }
        Optional<? extends Tool> tool = env.tools().find(invocation.kind(), invocation.toolName());
        if (tool.isEmpty() && !env.settings().inPodTools().contains(invocation.toolName())) {
            return ProbeResult.failed("no prober named '" + invocation.toolName() + "' is installed; installed: "
                    + env.tools().names(invocation.kind()), invocation.toolName(), null, start, env.clock().instant());
        }
        Optional<String> before = sutProblem();
        if (before.isPresent()) {
            return infrastructureFailure(before.get(), invocation, start);
        }
        ProbeResult result = env.settings().inPodTools().contains(invocation.toolName()) ? runInPod(invocation, start)
                : invocation.runLocally(env.tools(), this, new PodCommandRunner(invocation), env.clock());
        // a measurement through a chain that lost an NF meanwhile is no measurement of the chain
        Optional<String> after = sutProblem();
        return after.isPresent() ? infrastructureFailure(after.get(), invocation, start) : result;
    }

    private ProbeResult infrastructureFailure(String problem, ToolInvocation invocation, Instant start) {
        return ProbeResult.failed(INFRASTRUCTURE + problem, invocation.toolName(), null, start,
                env.clock().instant());
    }

    /** Prefix of a Trial's error when the SUT itself failed under it (not a measurement, may be retried). */
    static final String INFRASTRUCTURE = "infrastructure failure during the Trial, no measurement: ";

    /** The first SUT pod that failed, was evicted, lost its node or is gone; empty while all stand. */
    Optional<String> sutProblem() {
        Map<String, String> selector = new TreeMap<>(env.factory().selector(ctx));
        selector.put(Names.ROLE, "sut");
        List<Pod> pods;
        try {
            pods = env.api().call(Permission.PODS_LIST, "list SUT pods",
                    () -> env.client().pods().inNamespace(namespace()).withLabels(selector).list().getItems());
        } catch (KubernetesApiException e) {
            return Optional.empty(); // the API's trouble is not the SUT's; the prober's own result stands
        }
        Map<String, Pod> byName = new TreeMap<>();
        pods.forEach(p -> byName.put(p.getMetadata().getName(), p));
        for (Pod wanted : manifests.sutPods()) {
            String name = wanted.getMetadata().getName();
            PodVerdict v = PodStatusClassifier.classify(name, byName.get(name), List.of());
            if (v.isFailure() || v.state() == PodVerdict.State.SUCCEEDED) {
                return Optional.of(v.reason() + " [" + v.state() + "]");
            }
        }
        return Optional.empty();
    }

    /** Runs a tool built into vnfbench whole in a pod of the vnfbench image and reads its result back. */
    private ProbeResult runInPod(ToolInvocation invocation, Instant start) throws InterruptedException {
        Duration duration = invocation.duration();
        List<String> argv = new ArrayList<>(List.of("vnfbench-tool", invocation.kind().yangName(),
                invocation.toolName(), invocation.toolId(), invocation.hostId(),
                duration == null ? "-" : Long.toString(duration.toSeconds()),
                Long.toString(invocation.bound().toSeconds()), Integer.toString(invocation.instance()),
                Integer.toString(invocation.repeat())));
        new TreeMap<>(invocation.parameters()).forEach((k, v) -> argv.add(k + "=" + v));
        CommandResult r = new PodCommandRunner(invocation).run(argv, invocation.bound(), invocation.token());
        try {
            // the tool's own JSON carries its error, if any, even when it exited non-zero
            return InPodTool.parse(r.stdout(), r.call(), start, env.clock().instant());
        } catch (IllegalArgumentException e) {
            String why = r.succeeded() ? "the in-pod tool printed no result: " + e.getMessage()
                    : Objects.requireNonNullElse(r.failureReason(), "the in-pod tool failed");
            return ProbeResult.failed(why, r.call(), null, start, env.clock().instant());
        }
    }

    /** Runs each command of a tool as a pod of this deployment. */
    final class PodCommandRunner implements CommandRunner {
        private final ToolInvocation invocation;

        PodCommandRunner(ToolInvocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public CommandResult run(List<String> command, Duration bound, CancellationToken token) {
            KubernetesClient client = env.client();
            Api api = env.api();
            long seq = sequence.incrementAndGet();
            String marker = ctx.runId() + "/" + ctx.slug() + "/" + invocation.hostId() + "/" + invocation.toolId() + "/"
                    + seq;
            long deadline = bound.toSeconds() + env.settings().timeouts().trialSlack().toSeconds();
            Pod pod = env.factory().commandPod(ctx, invocation.hostId(), invocation.kind().originRole(),
                    invocation.toolName() + "-" + invocation.toolId() + "-" + seq, seq,
                    env.settings().imageFor(command.get(0)), command, marker, deadline, false, targetsEnv());
            String name = pod.getMetadata().getName();
            String call = String.join(" ", command);
            Instant start = env.clock().instant();
            try {
                api.call(Permission.PODS_CREATE, "create prober pod " + name,
                        () -> client.pods().inNamespace(namespace()).resource(pod).create());
                Instant until = Instant.now().plus(bound).plus(env.settings().timeouts().schedule());
                PullBackoffs pulls = new PullBackoffs(env.settings().imagePullBackoffs());
                PodVerdict verdict;
                Pod last;
                while (true) {
                    last = api.call(Permission.PODS_GET, "get prober pod " + name,
                            () -> client.pods().inNamespace(namespace()).withName(name).get());
                    verdict = pulls.escalate(name, last, List.of(), PodStatusClassifier.classify(name, last,
                            List.of()));
                    if (verdict.isFinal() || verdict.state() == PodVerdict.State.FAILED) {
                        break;
                    }
                    Optional<String> sut = sutProblem();
                    if (sut.isPresent()) {
                        return result(call, -1, "", INFRASTRUCTURE + sut.get(), start, false, false);
                    }
                    if (token.isCancelled()) {
                        return result(call, -1, "", "cancelled: " + token.reason().orElse(""), start, false, true);
                    }
                    if (Instant.now().isAfter(until)) {
                        return result(call, -1, "", "pod " + name + " did not finish within " + bound.toSeconds()
                                + " s (+ schedule timeout): " + verdict.reason(), start, true, false);
                    }
                    if (!token.sleep(env.poll())) {
                        if (Thread.currentThread().isInterrupted()) {
                            return result(call, -1, "", "interrupted", start, false, true);
                        }
                    }
                }
                if (verdict.disposition() == PodVerdict.Disposition.RETRY_INFRASTRUCTURE
                        || verdict.disposition() == PodVerdict.Disposition.FAIL_FAST
                        && verdict.state() != PodVerdict.State.FAILED) {
                    String kind = verdict.disposition() == PodVerdict.Disposition.RETRY_INFRASTRUCTURE
                            ? "infrastructure failure, retryable" : "not retryable";
                    return result(call, -1, "", verdict.reason() + " [" + verdict.state() + ", " + kind + "]", start,
                            false, false);
                }
                return collect(name, last, marker, call, start);
            } catch (KubernetesApiException e) {
                return result(call, -1, "", e.getMessage(), start, false, false);
            } finally {
                KubernetesEnvironment.quietly(warnings::add, () -> api.run(Permission.PODS_DELETE,
                        "delete prober pod " + name,
                        () -> client.pods().inNamespace(namespace()).withName(name).withGracePeriod(0).delete()));
            }
        }

        /** Reads the framed output once, after termination; the termination message is the fallback. */
        private CommandResult collect(String name, Pod pod, String marker, String call, Instant start) {
            long limit = env.settings().timeouts().logLimitBytes();
            String log = env.api().call(Permission.PODS_LOG, "read log of pod " + name,
                    () -> env.client().pods().inNamespace(namespace()).withName(name).inContainer("tool")
                            .limitBytes((int) Math.min(Integer.MAX_VALUE, limit)).getLog());
            Optional<PodCommands.Output> out = PodCommands.fromLog(log, marker);
            String terminationMessage = terminationMessage(pod);
            if (out.isEmpty()) {
                out = PodCommands.fromTerminationMessage(terminationMessage);
            }
            if (out.isPresent()) {
                return result(call, out.get().exitCode(), out.get().stdout(), out.get().stderr(), start, false, false);
            }
            String why = PodCommands.looksLikeApiObject(log)
                    ? "the log of pod " + name + " is a Kubernetes API object, not a container log (refusing to parse it)"
                    : log != null && log.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= limit
                            ? "the log of pod " + name + " exceeds " + limit + " bytes (log-limit-bytes) and the result"
                                    + " did not fit the termination message"
                            : "the log of pod " + name + " has no complete vnfbench result block (log rotated or lost?)";
            int rc = PodCommands.exitCodeOf(terminationMessage).orElse(-1);
            return result(call, rc == 0 ? -1 : rc, "", why, start, false, false);
        }

        @Override
        public Background start(List<String> command, CancellationToken token) throws java.io.IOException {
            throw new java.io.IOException("background commands (e.g. a server) are not run as pods yet; run the"
                    + " server as a scenario node, or the prober with in-pod-tools");
        }

        private CommandResult result(String call, int rc, String stdout, String stderr, Instant start,
                boolean timedOut, boolean cancelled) {
            Instant stop = env.clock().instant();
            return new CommandResult(call, rc, stdout, stderr, start, stop.isBefore(start) ? start : stop, timedOut,
                    cancelled);
        }
    }

    @CheckForNull
    private static String terminationMessage(Pod pod) {
        if (pod == null || pod.getStatus() == null) {
            return null;
        }
        for (ContainerStatus c : pod.getStatus().getContainerStatuses()) {
            ContainerStateTerminated t = c.getState() == null ? null : c.getState().getTerminated();
            if (t != null && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ lease and teardown

    void startLease() {
        Duration every = env.settings().timeouts().lease().dividedBy(3);
        lease = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vnfbench-lease-" + ctx.slug());
            t.setDaemon(true);
            return t;
        });
        lease.scheduleAtFixedRate(this::refreshLease, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refreshLease() {
        String until = env.leaseUntil().toString();
        KubernetesEnvironment.quietly(warnings::add, () -> {
            if (manifests.namespaceObject().isPresent()) {
                env.api().run(Permission.NAMESPACES_PATCH, "refresh lease of namespace " + namespace(),
                        () -> env.client().namespaces().withName(namespace()).edit(n -> {
                            n.getMetadata().getAnnotations().put(Names.LEASE_UNTIL, until);
                            return n;
                        }));
            } else {
                String anchor = manifests.anchor().orElseThrow().getMetadata().getName();
                env.api().run(Permission.CONFIGMAPS_PATCH, "refresh lease of " + anchor,
                        () -> env.client().configMaps().inNamespace(namespace()).withName(anchor).edit(c -> {
                            c.getMetadata().getAnnotations().put(Names.LEASE_UNTIL, until);
                            return c;
                        }));
            }
        });
    }

    @Override
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("kubernetes.namespace", namespace());
        facts.put("kubernetes.deployment", ctx.slug());
        facts.put("kubernetes.run", ctx.runId());
        KubernetesEnvironment.quietly(warnings::add, () -> {
            List<Pod> pods = env.api().call(Permission.PODS_LIST, "list SUT pods",
                    () -> env.client().pods().inNamespace(namespace()).withLabels(env.factory().selector(ctx))
                            .withLabel(Names.ROLE, "sut").list().getItems());
            for (Pod p : pods) {
                String n = p.getMetadata().getName();
                if (p.getSpec() != null && p.getSpec().getNodeName() != null) {
                    facts.put("node." + n + ".placement", p.getSpec().getNodeName());
                }
                if (p.getStatus() != null) {
                    if (p.getStatus().getQosClass() != null) {
                        facts.put("node." + n + ".qos", p.getStatus().getQosClass());
                    }
                    for (ContainerStatus c : p.getStatus().getContainerStatuses()) {
                        if (c.getImageID() != null && !c.getImageID().isBlank()) {
                            facts.put("node." + c.getName() + ".image", c.getImageID());
                        }
                    }
                }
            }
        });
        return facts;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (lease != null) {
            lease.shutdownNow();
        }
        List<String> problems = env.teardown().deleteDeployment(namespace(), env.factory().selector(ctx),
                manifests.namespaceObject().isPresent());
        warnings.addAll(problems);
        env.forget(this);
    }

    static List<ContainerMetrics> containers(PodMetrics m) {
        return m.getContainers() == null ? List.of() : m.getContainers();
    }
}
