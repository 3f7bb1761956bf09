package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.vnfbench.kubernetes.podman.PodmanCluster;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kubelet (with kube-proxy and cluster DNS) for fabric8's mock server in CRUD mode, backed by a real
 * {@link PodmanCluster}: the pods the environment creates on the API run as podman pods, their statuses go back
 * through the status subresource, the log endpoint serves the containers' real logs, and the kubelet's events
 * (pulls, back-offs) become Event objects. Services are given to the cluster as they appear.
 */
final class PodmanKubelet implements AutoCloseable {

    private static final Pattern LOG = Pattern.compile("/api/v1/namespaces/([^/]+)/pods/([^/]+)/log(\\?.*)?");

    final KubernetesMockServer server;
    final KubernetesClient client;
    final PodmanCluster cluster;
    private final Map<String, String> uids = new ConcurrentHashMap<>();
    private final Set<String> services = new HashSet<>();
    private final Map<String, String> lastStatus = new HashMap<>();
    private final Map<String, Integer> eventCounts = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    volatile Throwable failure;

    PodmanKubelet(PodmanCluster cluster) {
        this.cluster = cluster;
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        Dispatcher crud = new KubernetesMixedDispatcher(responses);
        Dispatcher withLogs = new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Matcher m = LOG.matcher(request.getPath());
                if ("GET".equals(request.getMethod()) && m.matches()) {
                    return log(m.group(1), m.group(2), m.group(3));
                }
                if ("POST".equals(request.getMethod())
                        && request.getPath().startsWith("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")) {
                    return review(request.getUtf8Body());
                }
                return crud.dispatch(request);
            }
        };
        this.server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                withLogs, false);
        server.init();
        this.client = server.createClient();
        cluster.onEvent(this::record);
        this.thread = new Thread(this::loop, "podman-kubelet");
        thread.setDaemon(true);
        thread.start();
    }

    /** Verbs denied to the account, as "verb resource" (e.g. "create pods"); everything else is allowed. */
    final Set<String> denied = ConcurrentHashMap.newKeySet();

    private MockResponse review(String body) {
        SelfSubjectAccessReview review = Serialization.unmarshal(body, SelfSubjectAccessReview.class);
        var a = review.getSpec().getResourceAttributes();
        String resource = a.getResource() + (a.getSubresource() == null ? "" : "/" + a.getSubresource());
        review.setStatus(new SubjectAccessReviewStatusBuilder().withAllowed(!denied.contains(a.getVerb() + " "
                + resource)).build());
        return new MockResponse().setResponseCode(201).setBody(Serialization.asJson(review));
    }

    private MockResponse log(String ns, String pod, String query) {
        String container = null;
        long limit = Long.MAX_VALUE;
        if (query != null) {
            for (String pair : query.substring(1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("container")) {
                    container = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                } else if (kv[0].equals("limitBytes")) {
                    limit = Long.parseLong(kv[1]);
                }
            }
        }
        return cluster.log(ns, pod, container, limit).map(l -> new MockResponse().setResponseCode(200).setBody(l))
                .orElseGet(() -> new MockResponse().setResponseCode(400).setBody("{\"kind\":\"Status\",\"code\":400,"
                        + "\"message\":\"container is waiting to start\"}"));
    }

    private void loop() {
        while (running) {
            try {
                syncServices();
                syncPods();
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    failure = e;
                }
            }
        }
    }

    private void syncServices() {
        Set<String> seen = new HashSet<>();
        for (Service s : client.services().inAnyNamespace().list().getItems()) {
            String key = s.getMetadata().getNamespace() + "/" + s.getMetadata().getName();
            seen.add(key);
            if (services.add(key)) {
                cluster.apply(s);
            }
        }
        for (String gone : Set.copyOf(services)) {
            if (!seen.contains(gone)) {
                services.remove(gone);
                cluster.deleteService(gone.substring(0, gone.indexOf('/')), gone.substring(gone.indexOf('/') + 1));
            }
        }
    }

    private void syncPods() {
        Set<String> seen = new HashSet<>();
        for (Pod pod : client.pods().inAnyNamespace().list().getItems()) {
            String ns = pod.getMetadata().getNamespace();
            String name = pod.getMetadata().getName();
            String key = ns + "/" + name;
            seen.add(key);
            String uid = pod.getMetadata().getUid();
            String known = uids.putIfAbsent(key, uid);
            if (known != null && !known.equals(uid)) {
                cluster.delete(ns, name); // same name, new pod
                uids.put(key, uid);
                lastStatus.remove(key);
            }
            if (known == null || !known.equals(uid)) {
                cluster.run(pod);
            }
            PodStatus status = cluster.status(ns, name).orElse(null);
            if (status == null) {
                continue;
            }
            String json = Serialization.asJson(status);
            if (!json.equals(lastStatus.get(key))) {
                try {
                    client.pods().inNamespace(ns).withName(name).editStatus(p -> {
                        p.setStatus(status);
                        return p;
                    });
                    lastStatus.put(key, json);
                } catch (KubernetesClientException e) {
                    if (e.getCode() != 404) {
                        throw e;
                    }
                }
            }
        }
        for (String key : List.copyOf(uids.keySet())) {
            if (!seen.contains(key)) {
                uids.remove(key);
                lastStatus.remove(key);
                cluster.delete(key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1));
            }
        }
    }

    /** Records an event as a kubelet's recorder does: one object per pod and reason, its count going up. */
    private void record(PodmanCluster.PodEvent e) {
        if (e.pod().isEmpty()) {
            return;
        }
        String name = e.pod() + "." + e.reason().toLowerCase(java.util.Locale.ROOT);
        int count = eventCounts.merge(e.namespace() + "/" + name, 1, Integer::sum);
        try {
            client.v1().events().inNamespace(e.namespace()).resource(new EventBuilder().withNewMetadata()
                    .withName(name).withNamespace(e.namespace()).endMetadata().withReason(e.reason())
                    .withMessage(e.message()).withType(e.warning() ? "Warning" : "Normal").withCount(count)
                    .withLastTimestamp(Instant.now().toString()).withNewInvolvedObject().withKind("Pod")
                    .withName(e.pod()).withNamespace(e.namespace()).endInvolvedObject().build()).createOr(
                            op -> op.update());
        } catch (KubernetesClientException ignored) {
            // the namespace may be gone already
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
        client.close();
        server.destroy();
    }
}
