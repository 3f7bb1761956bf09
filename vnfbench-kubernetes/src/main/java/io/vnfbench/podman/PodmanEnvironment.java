package io.vnfbench.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.local.NamespacePlan;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.kubernetes.DeploymentContext;
import io.vnfbench.kubernetes.IpLayout;
import io.vnfbench.kubernetes.KubernetesSettings;
import io.vnfbench.kubernetes.ManifestFactory;
import io.vnfbench.kubernetes.PodStatusClassifier;
import io.vnfbench.kubernetes.PodVerdict;
import io.vnfbench.kubernetes.TestManifests;
import io.vnfbench.kubernetes.podman.PodmanCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code podman} execution environment: each Test's scenario as pods on this host — the manifests the kubernetes
 * environment creates with {@code data-plane: ip} (the user's CNF images, built-in routers, the switch, the traffic
 * ends; a NetworkAttachmentDefinition per link), run by the podman pod runtime ({@link PodmanCluster}), which attaches
 * each pod's interfaces as Multus and the bridge plugin would. Tools run on this host inside the traffic pods'
 * network namespaces, as on the local environment's namespaces data plane. See docs/podman-environment.md.
 */
public final class PodmanEnvironment implements ExecutionEnvironment {

    private final KubernetesSettings settings;
    private final String runId;
    private final Duration readyTimeout;
    private final ProbeRegistry tools;
    private final Clock clock;
    private final ManifestFactory factory;
    private final Set<PodmanDeployment> live = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Event>> events = new ConcurrentHashMap<>();
    @CheckForNull
    private PodmanCluster cluster;
    private volatile boolean closed;

    PodmanEnvironment(KubernetesSettings settings, String runId, Duration readyTimeout, ProbeRegistry tools,
            Clock clock) {
        this.settings = settings;
        this.runId = runId;
        this.readyTimeout = readyTimeout;
        this.tools = tools;
        this.clock = clock;
        this.factory = new ManifestFactory(settings);
    }

    @Override
    public String type() {
        return PodmanEnvironmentProvider.TYPE;
    }

    /** The id of this run's pod runtime: its podman network is {@code vnfb-<id>}, its objects carry the label. */
    public String clusterId() {
        return "vp" + runId;
    }

    private synchronized PodmanCluster cluster() {
        PodmanCluster c = cluster;
        if (c == null) {
            c = PodmanCluster.start(PodmanCluster.Options.of(clusterId(), settings.vnfbenchImage())
                    .withPullBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4)));
            c.onEvent(e -> {
                Map<String, Event> own = events.computeIfAbsent(e.namespace() + "/" + e.pod(),
                        k -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>()));
                own.merge(e.reason() + "\n" + e.message(), new EventBuilder().withReason(e.reason())
                        .withMessage(e.message()).withType(e.warning() ? "Warning" : "Normal").withCount(1).build(),
                        (a, b) -> {
                            a.setCount(a.getCount() + 1);
                            return a;
                        });
            });
            cluster = c;
        }
        return c;
    }

    @Override
    public Deployment deploy(DeploymentRequest request, CancellationToken token)
            throws DeploymentException, InterruptedException {
        if (closed) {
            throw new DeploymentException("the podman environment is closed; not deploying " + request.instanceId());
        }
        token.throwIfCancelled();
        DeploymentContext ctx = new DeploymentContext(runId, request.instanceId(), request.test(), request.testKey(),
                clock.instant().plus(Duration.ofDays(1)));
        String what = "instance " + request.instanceId() + " test " + request.test() + ": ";
        TestManifests manifests;
        try {
            manifests = factory.deployment(ctx, request.vnfbd());
        } catch (IllegalArgumentException e) {
            throw new DeploymentException(what + e.getMessage(), e, false);
        }
        IpLayout layout = manifests.ip().layout().orElseThrow();
        PodmanDeployment deployment = new PodmanDeployment(this, ctx.slug(), manifests, layout);
        live.add(deployment);
        boolean ready = false;
        try {
            apply(manifests);
            awaitPods(manifests, layout, min(request.bound(), settings.timeouts().ready()), token);
            deployment.start(min(request.bound(), readyTimeout), token);
            ready = true;
            return deployment;
        } catch (DeploymentException e) {
            token.throwIfCancelled();
            throw new DeploymentException(what + e.getMessage(), e.getCause(), e.isTransient());
        } catch (RuntimeException e) {
            token.throwIfCancelled();
            throw new DeploymentException(what + e.getMessage(), e, false);
        } finally {
            if (!ready) {
                deployment.close();
            }
        }
    }

    private void apply(TestManifests m) {
        PodmanCluster c = cluster();
        m.ip().networks().forEach(c::applyNetworkAttachment);
        m.configMaps().forEach(c::apply);
        c.apply(m.service());
        for (Pod pod : m.pods()) {
            c.run(pod);
        }
    }

    /** Waits until every pod is ready; a pod that cannot become ready ends the wait naming its node and the cause. */
    private void awaitPods(TestManifests m, IpLayout layout, Duration bound, CancellationToken token)
            throws DeploymentException, InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        io.vnfbench.kubernetes.PullBackoffs pulls = new io.vnfbench.kubernetes.PullBackoffs(
                settings.imagePullBackoffs());
        while (true) {
            if (token.isCancelled()) {
                throw new CancelledException("deployment cancelled: " + token.reason().orElse(""));
            }
            List<String> waiting = new ArrayList<>();
            for (Pod pod : m.pods()) {
                PodVerdict v = verdict(pod, pulls);
                if (v.isFailure() || v.state() == PodVerdict.State.SUCCEEDED
                        || v.state() == PodVerdict.State.SANDBOX_FAILED) {
                    // a sandbox this runtime could not set up fails the same way again: no point in waiting
                    throw new DeploymentException(named(layout, pod, v.state() == PodVerdict.State.SUCCEEDED
                            ? v.reason() + ": its containers ended (a SUT pod must keep running)" : v.reason()));
                }
                if (v.state() != PodVerdict.State.READY) {
                    waiting.add(named(layout, pod, v.reason()));
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DeploymentException("pods not ready within " + bound.toSeconds() + " s (orchestrator"
                        + " parameter timeout-ready): " + String.join("; ", waiting));
            }
            if (!token.sleep(Duration.ofMillis(250)) && Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted while waiting for the pods");
            }
        }
    }

    /** A pod as the classifier sees it: the wanted object with the status the runtime reports, and its events. */
    PodVerdict verdict(Pod wanted, @CheckForNull io.vnfbench.kubernetes.PullBackoffs pulls) {
        String ns = wanted.getMetadata().getNamespace();
        String name = wanted.getMetadata().getName();
        Optional<io.fabric8.kubernetes.api.model.PodStatus> status = cluster().status(ns, name);
        Pod pod = status.map(s -> new PodBuilder(wanted).withStatus(s).build()).orElse(null);
        Map<String, Event> recorded = events.getOrDefault(ns + "/" + name, Map.of());
        List<Event> own;
        synchronized (recorded) {
            own = new ArrayList<>(recorded.values());
        }
        PodVerdict v = PodStatusClassifier.classify(name, pod, own);
        return pulls == null ? v : pulls.escalate(name, pod, own, v);
    }

    /** "pod c1n1: ..." becomes "node c1n1: ..." (the traffic ends by their role). */
    static String named(IpLayout layout, Pod pod, String reason) {
        String name = pod.getMetadata().getName();
        String who = "pod " + name;
        for (Map.Entry<String, String> e : layout.pods().entrySet()) {
            if (e.getValue().equals(name)) {
                who = e.getKey().equals(NamespacePlan.GENERATOR) ? "the traffic generator's pod " + name
                        : e.getKey().equals(NamespacePlan.SINK) ? "the sink's pod " + name : "node " + e.getKey();
            }
        }
        String prefix = "pod " + name + ": ";
        return who + ": " + (reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason);
    }

    PodmanCluster runtime() {
        return cluster();
    }

    ProbeRegistry tools() {
        return tools;
    }

    Clock clock() {
        return clock;
    }

    String runId() {
        return runId;
    }

    void forget(PodmanDeployment deployment) {
        live.remove(deployment);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Tears down every live deployment, then the pod runtime: its network, nftables table and state. Idempotent. */
    @Override
    public void close() {
        closed = true;
        for (PodmanDeployment d : List.copyOf(live)) {
            d.close();
        }
        synchronized (this) {
            PodmanCluster c = cluster;
            if (c != null) {
                c.close();
            }
        }
    }

    Map<String, Map<String, Event>> events() {
        return new HashMap<>(events);
    }
}
