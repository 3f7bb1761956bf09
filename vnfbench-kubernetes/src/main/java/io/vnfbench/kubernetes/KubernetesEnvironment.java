package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.CancelledException;
import io.vnfbench.engine.probe.ProbeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The {@code kubernetes} execution environment: each Test deploys its scenario into its own namespace (or under an
 * anchor in a shared one), waits for the SUT pods with the {@link PodStatusClassifier}, runs probers as pods and
 * tears everything down by label. See docs/kubernetes.md.
 */
public final class KubernetesEnvironment implements ExecutionEnvironment {

    private static final Logger LOG = Logger.getLogger(KubernetesEnvironment.class.getName());

    private final KubernetesClient client;
    private final KubernetesSettings settings;
    private final ProbeRegistry tools;
    private final Clock clock;
    private final String runId;
    private final Duration poll;
    private final boolean ownsClient;
    private final Api api;
    private final ManifestFactory factory;
    private final Teardown teardown;
    private final Set<KubernetesDeployment> live = ConcurrentHashMap.newKeySet();
    private volatile boolean preflightDone;
    @CheckForNull
    private volatile Janitor.Sweep lastSweep;

    KubernetesEnvironment(KubernetesClient client, KubernetesSettings settings, ProbeRegistry tools, Clock clock,
            String runId, Duration poll, Duration apiBackoff, boolean ownsClient) {
        this.client = client;
        this.settings = settings;
        this.tools = tools;
        this.clock = clock;
        this.runId = runId;
        this.poll = poll;
        this.ownsClient = ownsClient;
        this.api = new Api(settings.timeouts().apiRetries(), apiBackoff.toMillis());
        this.factory = new ManifestFactory(settings);
        this.teardown = new Teardown(client, api, settings.timeouts().teardown(), poll);
    }

    @Override
    public String type() {
        return KubernetesEnvironmentProvider.TYPE;
    }

    public String runId() {
        return runId;
    }

    /** The janitor's last sweep (run once before the first deployment). */
    public java.util.Optional<Janitor.Sweep> lastSweep() {
        return java.util.Optional.ofNullable(lastSweep);
    }

    @Override
    public Deployment deploy(DeploymentRequest request, CancellationToken token)
            throws DeploymentException, InterruptedException {
        DeploymentContext ctx = new DeploymentContext(runId, request.instanceId(), request.test(), request.testKey(),
                leaseUntil());
        if (KubernetesSettings.IP.equals(settings.dataPlane())) {
            throw new DeploymentException("orchestrator parameter data-plane: ip is run on this host by the podman"
                    + " environment (environment.orchestrator.type: podman); on a cluster the kubernetes environment"
                    + " has no traffic generator attached to the chains' segments yet, so nothing was created."
                    + " vnfbench plan --manifests prints the ip data plane's objects for review");
        }
        TestManifests manifests;
        try {
            manifests = factory.deployment(ctx, request.vnfbd());
        } catch (IllegalArgumentException e) {
            throw new DeploymentException("the scenario cannot be deployed on Kubernetes: " + e.getMessage());
        }
        try {
            preflight(!manifests.networkAttachments().isEmpty());
            sweepOnce();
        } catch (KubernetesApiException e) {
            throw new DeploymentException(e.getMessage(), e, e.isTransient());
        }
        KubernetesDeployment deployment = new KubernetesDeployment(this, ctx, manifests);
        live.add(deployment);
        boolean ready = false;
        try {
            apply(ctx, manifests);
            deployment.startLease();
            waitReady(manifests, request.bound(), token);
            ready = true;
            return deployment;
        } catch (KubernetesApiException e) {
            throw new DeploymentException(e.getMessage(), e, e.isTransient());
        } catch (PodFailure e) {
            throw new DeploymentException(e.getMessage(), null, e.verdict.disposition()
                    == PodVerdict.Disposition.RETRY_INFRASTRUCTURE);
        } finally {
            if (!ready) {
                deployment.close();
            }
        }
    }

    @Override
    public void close() {
        for (KubernetesDeployment d : List.copyOf(live)) {
            d.close();
        }
        if (ownsClient) {
            client.close();
        }
    }

    // ------------------------------------------------------------------ steps

    private void preflight(boolean withMultus) throws DeploymentException {
        if (preflightDone) {
            return;
        }
        List<Permission> missing = Preflight.missing(client, api,
                settings.sharedNamespace() ? settings.namespace() : null, withMultus, false,
                settings.rbacSubject().map(x -> settings.runClusterRole()));
        if (!missing.isEmpty()) {
            throw new DeploymentException("the Kubernetes account lacks " + missing.size() + " permission(s): "
                    + missing + (settings.sharedNamespace() ? " in namespace " + settings.namespace() : "")
                    + "; nothing was created. Grant them with docs/kubernetes-rbac.yaml.");
        }
        preflightDone = true;
    }

    private void sweepOnce() {
        if (lastSweep == null) {
            Janitor.Sweep sweep = janitor().sweep(clock.instant());
            lastSweep = sweep;
            for (String d : sweep.deleted()) {
                LOG.info(() -> "janitor: deleted expired deployment " + d);
            }
        }
    }

    public Janitor janitor() {
        return new Janitor(client, settings, api, teardown);
    }

    private void apply(DeploymentContext ctx, TestManifests m) {
        String ns = m.namespace();
        List<OwnerReference> owners = new ArrayList<>();
        if (m.namespaceObject().isPresent()) {
            Namespace wanted = m.namespaceObject().get();
            Namespace existing = awaitNotTerminating(ns);
            if (existing != null) {
                requireSameDeployment(existing, ctx, "namespace " + ns);
            } else {
                api.call(Permission.NAMESPACES_CREATE, "create namespace " + ns,
                        () -> client.namespaces().resource(wanted).create());
            }
            if (settings.rbacSubject().isPresent()) {
                RunRoleBinding.grant(client, api, settings, factory.meta(ctx, ns, "vnfbench"), poll);
            }
        }
        if (m.anchor().isPresent()) {
            ConfigMap anchor = getOrCreate(ctx, m.anchor().get(), Permission.CONFIGMAPS_GET,
                    Permission.CONFIGMAPS_CREATE,
                    () -> client.configMaps().inNamespace(ns).withName(m.anchor().get().getMetadata().getName()).get(),
                    o -> client.configMaps().inNamespace(ns).resource((ConfigMap) o).create());
            owners.add(new OwnerReferenceBuilder().withApiVersion("v1").withKind("ConfigMap")
                    .withName(anchor.getMetadata().getName()).withUid(anchor.getMetadata().getUid()).build());
        }
        for (String nad : m.networkAttachments()) {
            copyNetworkAttachment(ctx, m, nad, owners);
        }
        for (ConfigMap cm : m.configMaps()) {
            ConfigMap owned = withOwners(cm, owners);
            getOrCreate(ctx, owned, Permission.CONFIGMAPS_GET, Permission.CONFIGMAPS_CREATE,
                    () -> client.configMaps().inNamespace(ns).withName(owned.getMetadata().getName()).get(),
                    o -> client.configMaps().inNamespace(ns).resource((ConfigMap) o).create());
        }
        NetworkPolicy np = withOwners(m.networkPolicy(), owners);
        getOrCreate(ctx, np, Permission.NETPOL_GET, Permission.NETPOL_CREATE,
                () -> client.network().v1().networkPolicies().inNamespace(ns).withName(np.getMetadata().getName())
                        .get(),
                o -> client.network().v1().networkPolicies().inNamespace(ns).resource((NetworkPolicy) o).create());
        Service svc = withOwners(m.service(), owners);
        getOrCreate(ctx, svc, Permission.SERVICES_GET, Permission.SERVICES_CREATE,
                () -> client.services().inNamespace(ns).withName(svc.getMetadata().getName()).get(),
                o -> client.services().inNamespace(ns).resource((Service) o).create());
        if (m.sinkService().isPresent()) {
            Service sink = withOwners(m.sinkService().get(), owners);
            getOrCreate(ctx, sink, Permission.SERVICES_GET, Permission.SERVICES_CREATE,
                    () -> client.services().inNamespace(ns).withName(sink.getMetadata().getName()).get(),
                    o -> client.services().inNamespace(ns).resource((Service) o).create());
        }
        for (Pod p : m.sutPods()) {
            Pod pod = withOwners(p, owners);
            getOrCreate(ctx, pod, Permission.PODS_GET, Permission.PODS_CREATE,
                    () -> client.pods().inNamespace(ns).withName(pod.getMetadata().getName()).get(),
                    o -> client.pods().inNamespace(ns).resource((Pod) o).create());
        }
    }

    /**
     * The namespace as it is once no deletion is under way: a namespace still terminating from an earlier attempt
     * (a deploy retry reuses the name) is waited for, bounded by the teardown timeout, never adopted.
     */
    @CheckForNull
    private Namespace awaitNotTerminating(String ns) {
        Instant deadline = Instant.now().plus(settings.timeouts().teardown());
        while (true) {
            Namespace existing = api.find(Permission.NAMESPACES_GET, "get namespace " + ns,
                    () -> client.namespaces().withName(ns).get());
            boolean terminating = existing != null && (existing.getMetadata().getDeletionTimestamp() != null
                    || existing.getStatus() != null && "Terminating".equals(existing.getStatus().getPhase()));
            if (!terminating) {
                return existing;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new KubernetesApiException("namespace " + ns + " is still being deleted after "
                        + settings.timeouts().teardown().toSeconds() + " s (timeout-teardown); a new deployment"
                        + " cannot use it until it is gone", null, 409, true, Permission.NAMESPACES_GET);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KubernetesApiException("interrupted while waiting for namespace " + ns + " to go", e, 0,
                        false, Permission.NAMESPACES_GET);
            }
        }
    }

    /** Multus resolves a pod's NADs in the pod's namespace: copy each from multus-source-namespace. */
    private void copyNetworkAttachment(DeploymentContext ctx, TestManifests m, String name,
            List<OwnerReference> owners) {
        String from = settings.multusSourceNamespace();
        if (from.equals(m.namespace())) {
            return;
        }
        GenericKubernetesResource source = api.find(Permission.NAD_GET, "get NetworkAttachmentDefinition " + name
                + " in " + from, () -> client.genericKubernetesResources(Teardown.NAD).inNamespace(from)
                        .withName(name).get());
        if (source == null) {
            throw new KubernetesApiException("NetworkAttachmentDefinition " + name + " (multus-networks) does not"
                    + " exist in namespace " + from + " (multus-source-namespace); nothing was started", null, 404,
                    false, Permission.NAD_GET);
        }
        GenericKubernetesResource copy = new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
                .withApiVersion(source.getApiVersion()).withKind(source.getKind())
                .withMetadata(factory.meta(ctx, m.namespace(), name)).build();
        copy.setAdditionalProperty("spec", source.getAdditionalProperties().get("spec"));
        GenericKubernetesResource owned = withOwners(copy, owners);
        getOrCreate(ctx, owned, Permission.NAD_GET, Permission.NAD_CREATE,
                () -> client.genericKubernetesResources(Teardown.NAD).inNamespace(m.namespace()).withName(name).get(),
                o -> client.genericKubernetesResources(Teardown.NAD).inNamespace(m.namespace())
                        .resource((GenericKubernetesResource) o).create());
    }

    private <T extends HasMetadata> T withOwners(T object, List<OwnerReference> owners) {
        if (!owners.isEmpty()) {
            object.getMetadata().setOwnerReferences(owners);
        }
        return object;
    }

    /** Get before create: a crashed or resumed run finds its own objects and adopts them. */
    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> T getOrCreate(DeploymentContext ctx, T wanted, Permission get, Permission create,
            Supplier<T> getter, java.util.function.Function<HasMetadata, T> creator) {
        String what = wanted.getKind() + " " + wanted.getMetadata().getName();
        T existing = api.find(get, "get " + what, getter);
        if (existing != null) {
            requireSameDeployment(existing, ctx, what);
            return existing;
        }
        return api.call(create, "create " + what, () -> creator.apply(wanted));
    }

    private void requireSameDeployment(HasMetadata existing, DeploymentContext ctx, String what) {
        Map<String, String> labels = existing.getMetadata().getLabels() == null ? Map.of()
                : existing.getMetadata().getLabels();
        if (!ctx.runLabel().equals(labels.get(Names.RUN)) || !ctx.slug().equals(labels.get(Names.DEPLOYMENT))) {
            throw new KubernetesApiException(what + " already exists and belongs to "
                    + (labels.containsKey(Names.RUN) ? "run " + labels.get(Names.RUN) : "something else")
                    + "; refusing to adopt it (delete it, or use another namespace prefix or run-id)", null, 409,
                    false, null);
        }
    }

    private void waitReady(TestManifests m, Duration requestBound, CancellationToken token)
            throws InterruptedException {
        Duration bound = min(requestBound, settings.timeouts().schedule().plus(settings.timeouts().ready()));
        Instant deadline = Instant.now().plus(bound);
        Map<String, PodVerdict> last = new HashMap<>();
        PullBackoffs pulls = new PullBackoffs(settings.imagePullBackoffs());
        while (true) {
            if (token.isCancelled()) {
                throw new CancelledException("deployment cancelled: " + token.reason().orElse(""));
            }
            last.clear();
            boolean allReady = true;
            Map<String, List<Event>> events = null;
            for (Pod wanted : m.sutPods()) {
                String name = wanted.getMetadata().getName();
                Pod pod = api.call(Permission.PODS_GET, "get pod " + name,
                        () -> client.pods().inNamespace(m.namespace()).withName(name).get());
                PodVerdict v = PodStatusClassifier.classify(name, pod, List.of());
                if (v.state() == PodVerdict.State.PENDING || v.state() == PodVerdict.State.RUNNING
                        || v.state() == PodVerdict.State.IMAGE_PULL_BACKOFF) {
                    if (events == null) {
                        events = events(m.namespace());
                    }
                    List<Event> own = events.getOrDefault(name, List.of());
                    v = pulls.escalate(name, pod, own, PodStatusClassifier.classify(name, pod, own));
                }
                last.put(name, v);
                if (v.isFailure() || v.state() == PodVerdict.State.SUCCEEDED) {
                    throw new PodFailure(v.state() == PodVerdict.State.SUCCEEDED
                            ? new PodVerdict(PodVerdict.State.FAILED, v.reason() + " (a SUT pod must keep running)")
                            : v);
                }
                allReady &= v.state() == PodVerdict.State.READY;
            }
            if (allReady) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                List<String> reasons = last.values().stream()
                        .filter(v -> v.state() != PodVerdict.State.READY).map(PodVerdict::reason).toList();
                throw new PodFailure(new PodVerdict(PodVerdict.State.UNSCHEDULABLE, "SUT not ready within "
                        + bound.toSeconds() + " s: " + String.join("; ", reasons)));
            }
            if (!token.sleep(poll) && Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted while waiting for the SUT pods");
            }
        }
    }

    Map<String, List<Event>> events(String namespace) {
        Map<String, List<Event>> out = new HashMap<>();
        List<Event> all = api.call(Permission.EVENTS_LIST, "list events in " + namespace,
                () -> client.v1().events().inNamespace(namespace).list().getItems());
        for (Event e : all) {
            if (e.getInvolvedObject() != null && "Pod".equals(e.getInvolvedObject().getKind())) {
                out.computeIfAbsent(e.getInvolvedObject().getName(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    Instant leaseUntil() {
        return clock.instant().plus(settings.timeouts().lease());
    }

    void forget(KubernetesDeployment deployment) {
        live.remove(deployment);
    }

    KubernetesClient client() {
        return client;
    }

    KubernetesSettings settings() {
        return settings;
    }

    ProbeRegistry tools() {
        return tools;
    }

    Clock clock() {
        return clock;
    }

    Duration poll() {
        return poll;
    }

    Api api() {
        return api;
    }

    ManifestFactory factory() {
        return factory;
    }

    Teardown teardown() {
        return teardown;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String names(List<? extends HasMetadata> objects) {
        return String.join(", ", objects.stream().map(o -> o.getMetadata().getName()).toList());
    }

    static void quietly(Consumer<String> warn, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            warn.accept(e.getMessage());
        }
    }

    /** A SUT pod reached a state that ends the wait. */
    static final class PodFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PodVerdict verdict;

        PodFailure(PodVerdict verdict) {
            super(verdict.reason() + " [" + verdict.state() + ", " + (verdict.disposition()
                    == PodVerdict.Disposition.RETRY_INFRASTRUCTURE ? "infrastructure failure, retryable"
                    : "not retryable") + "]");
            this.verdict = verdict;
        }
    }
}
