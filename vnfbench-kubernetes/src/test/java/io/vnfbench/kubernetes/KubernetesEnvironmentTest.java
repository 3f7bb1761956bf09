package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The environment against fabric8's mock server in CRUD mode (one server for the class), with a fake kubelet moving
 * pods through their phases. The mock has no garbage collector, so teardown is checked by listing by label.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesEnvironmentTest {

    static KubernetesMockServer server;
    static KubernetesClient client;
    static final AtomicReference<FakeKubelet.Script> SCRIPT = new AtomicReference<>();
    static final AtomicInteger RUNS = new AtomicInteger();
    static FakeKubelet kubelet;
    /** The environment's own client: no fabric8-internal retries, so the environment's retry policy is what runs. */
    static KubernetesClient envClient;
    static final List<String> DENIED = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final java.util.concurrent.atomic.AtomicBoolean BOUND_ONLY = new java.util.concurrent.atomic.AtomicBoolean();
    /** Namespaces with a RoleBinding "vnfbench", as an authorizer's informer sees them (a little later). */
    static final Set<String> BOUND = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void startKubelet() {
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
                .andReply(201, request -> {
                    SelfSubjectAccessReview review = Serialization.unmarshal(request.getUtf8Body(),
                            SelfSubjectAccessReview.class);
                    var attributes = review.getSpec().getResourceAttributes();
                    String key = attributes.getVerb() + " " + attributes.getResource();
                    boolean allowed = !DENIED.contains(key);
                    if (BOUND_ONLY.get() && Set.of("pods", "services", "configmaps", "events", "networkpolicies")
                            .contains(attributes.getResource())) {
                        // namespaced rights only where a RoleBinding grants them
                        allowed = attributes.getNamespace() != null && BOUND.contains(attributes.getNamespace());
                    }
                    review.setStatus(new io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatusBuilder()
                            .withAllowed(allowed).build());
                    return review;
                }).always();
        kubelet = new FakeKubelet(server, client, pod -> SCRIPT.get().apply(pod));
        envClient = new io.fabric8.kubernetes.client.KubernetesClientBuilder().withConfig(
                new io.fabric8.kubernetes.client.ConfigBuilder(client.getConfiguration())
                        .withRequestRetryBackoffLimit(0).build()).build();
    }

    @AfterAll
    static void stopKubelet() throws InterruptedException {
        kubelet.close();
        envClient.close();
    }

    @BeforeEach
    void defaultScript() {
        DENIED.clear();
        BOUND_ONLY.set(false);
        SCRIPT.set(pod -> FakeKubelet.isCommandPod(pod) ? new FakeKubelet.Completes("{\"bps\": 940000000}", 0)
                : pod.getSpec().getContainers().get(0).getImage().contains("missing")
                        ? new FakeKubelet.ImagePullBackOff() : new FakeKubelet.Ready());
    }

    @Test
    void shouldRunATestWithThreeTrialsAndLeaveNothingBehind() throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 2, 2);

        // when
        List<ProbeResult> results = new java.util.ArrayList<>();
        String namespace;
        try (Deployment deployment = env.deploy(request(bd), new CancellationToken())) {
            namespace = ((KubernetesDeployment) deployment).namespace();
            assertThat(client.pods().inNamespace(namespace).withLabel(Names.ROLE, "sut").list().getItems())
                    .hasSize(5);
            for (int trial = 1; trial <= 3; trial++) {
                results.add(deployment.invoke(invocation("fake-iperf", Map.of("target", "c1-ingress"))));
            }
            assertThat(deployment.facts()).containsEntry("kubernetes.namespace", namespace)
                    .containsEntry("node.sw.qos", "Guaranteed");
            assertThat(deployment.chains()).hasSize(2).first()
                    .satisfies(c -> assertThat(c.ingress().toString()).isEqualTo("sw.sut:10000"));
        } finally {
            env.close();
        }

        // then
        assertThat(results).hasSize(3).allSatisfy(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.metric("throughput").orElseThrow().scalar()).isEqualTo("940000000");
            assertThat(r.call()).isEqualTo("iperf3 -c sw.sut -p 10000 -J");
        });
        assertNothingLeft(env, namespace);
    }

    @Test
    void shouldRunTheBuiltInProberWholeInAPodAndReadItsJson() throws Exception {
        // given: the pod of the vnfbench image prints the tool's result as JSON
        KubernetesEnvironment env = environment(Map.of());
        String json = InPodTool.json(ProbeResult.ok(List.of(
                io.vnfbench.engine.probe.Measurement.scalar("throughput_pps", "pps", 125000L)),
                "udp rate=100000", "1", Instant.EPOCH, Instant.EPOCH));
        List<List<String>> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
        SCRIPT.set(pod -> {
            if (!FakeKubelet.isCommandPod(pod)) {
                return new FakeKubelet.Ready();
            }
            commands.add(pod.getSpec().getContainers().get(0).getArgs());
            return new FakeKubelet.Completes(json, 0);
        });

        // when
        ProbeResult result;
        try (Deployment deployment = env.deploy(request(ChainFixtures.cnfTestbed("pipeline", 2, 2)),
                new CancellationToken())) {
            result = deployment.invoke(new ToolInvocation(ToolKind.PROBER, "udp", "1", "tg",
                    Map.of("rate", "100000"), Duration.ofSeconds(10), Duration.ofSeconds(30), 1, 1,
                    new CancellationToken()));
        } finally {
            env.close();
        }

        // then
        assertThat(result.error()).isNull();
        assertThat(result.metric("throughput_pps").orElseThrow().scalar()).isEqualTo("125000");
        assertThat(commands).singleElement().isEqualTo(List.of("vnfbench-tool", "prober", "udp", "1", "tg", "10",
                "30", "1", "1", "rate=100000"));
    }

    @Test
    void shouldSampleSutPodsThroughTheMetricsApiWithServerTimestamps() throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);
        DeploymentContext ctx = new DeploymentContext(env.runId(), "i1", 1, "", Instant.EPOCH);
        String namespace = env.factory().namespace(ctx);
        Map<String, String> selector = new java.util.TreeMap<>(env.factory().selector(ctx));
        selector.put(Names.ROLE, "sut");
        String labels = selector.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(","));
        io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsList metrics =
                new io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsListBuilder()
                        .addNewItem().withNewMetadata().withName("sw").endMetadata()
                        .withTimestamp("2026-11-21T23:00:15Z")
                        .addNewContainer().withName("sw").addToUsage("cpu", new io.fabric8.kubernetes.api.model.Quantity("3500m"))
                        .addToUsage("memory", new io.fabric8.kubernetes.api.model.Quantity("100Mi")).endContainer()
                        .endItem().build();
        server.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/" + namespace + "/pods?labelSelector="
                + java.net.URLEncoder.encode(labels, java.nio.charset.StandardCharsets.UTF_8))
                .andReturn(200, metrics).always();

        // when
        ProbeResult result;
        try (Deployment deployment = env.deploy(request(bd), new CancellationToken())) {
            result = deployment.invoke(new ToolInvocation(ToolKind.LISTENER, "pod-metrics", "1", "sut-metrics",
                    Map.of("interval", "0.05"), Duration.ofMillis(100), Duration.ofSeconds(10), 1, 1,
                    new CancellationToken()));
        } finally {
            env.close();
        }

        // then
        assertThat(result.error()).isNull();
        assertThat(result.metric("cpu_usage").orElseThrow().series()).first()
                .isEqualTo(new io.vnfbench.engine.probe.Measurement.Point("0.0", "3.5"));
        assertThat(result.metric("memory_usage.sw").orElseThrow().series().get(0).value()).isEqualTo("104857600.0");
    }

    @Test
    void shouldFailWithinItsBoundWhileAnImagePullBacksOff() throws Exception {
        // given
        Node nf = ChainFixtures.nfTemplate();
        Node missing = new Node(null, nf.type(), "registry.example/missing:1", nf.format(), nf.role(), nf.resources(),
                List.of(), List.of(), nf.lifecycle());
        VnfBd bd = ChainFixtures.cnfTestbed("pipeline", 1, 2, missing, List.of());
        KubernetesEnvironment env = environment(Map.of());

        // when / then
        try {
            assertThatThrownBy(() -> env.deploy(request(bd), new CancellationToken()))
                    .isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("cannot be pulled").hasMessageContaining("ImagePullBackOff")
                    .satisfies(e -> assertThat(((DeploymentException) e).isTransient()).isFalse());
        } finally {
            env.close();
        }
        assertNothingLeft(env, namespaceOf(env, bd));
    }

    @Test
    void shouldReportEvictionDuringATrialAsRetryableInfrastructureFailure() throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        SCRIPT.set(pod -> FakeKubelet.isCommandPod(pod) ? new FakeKubelet.Evicted() : new FakeKubelet.Ready());

        // when
        ProbeResult result;
        try (Deployment deployment = env.deploy(request(ChainFixtures.cnfTestbed("snake", 1, 1)),
                new CancellationToken())) {
            result = deployment.invoke(invocation("fake-iperf", Map.of("target", "c1-ingress")));
        } finally {
            env.close();
        }

        // then
        assertThat(result.error()).contains("evicted").contains("low on resource: memory")
                .contains("infrastructure failure, retryable");
    }

    @Test
    void shouldStopATrialWhenAborted() throws Exception {
        // given: the prober pod never finishes
        KubernetesEnvironment env = environment(Map.of());
        SCRIPT.set(pod -> FakeKubelet.isCommandPod(pod) ? new FakeKubelet.Hangs() : new FakeKubelet.Ready());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);
        Deployment deployment = env.deploy(request(bd), new CancellationToken());
        String namespace = ((KubernetesDeployment) deployment).namespace();
        CancellationToken token = new CancellationToken();

        // when
        CompletableFuture<ProbeResult> running = CompletableFuture.supplyAsync(() -> {
            try {
                return deployment.invoke(new ToolInvocation(ToolKind.PROBER, "fake-iperf", "1", "tg",
                        Map.of("target", "c1-ingress"), null, Duration.ofMinutes(5), 1, 1, token));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await(() -> client.pods().inNamespace(namespace).withLabel(Names.ROLE, "agent").list().getItems().stream()
                .anyMatch(p -> p.getStatus() != null));
        token.cancel("aborted by the user");
        ProbeResult result = running.get(10, TimeUnit.SECONDS);
        env.close();

        // then
        assertThat(result.error()).contains("cancelled");
        assertThat(deployment.warnings()).isEmpty();
        assertNothingLeft(env, namespace);
    }

    @Test
    void shouldRejectALogThatIsReallyAPodList() throws Exception {
        // given: no log expectation and no termination message, so the mock answers the log URL with a pod list
        KubernetesEnvironment env = environment(Map.of());
        SCRIPT.set(pod -> FakeKubelet.isCommandPod(pod) ? new FakeKubelet.Hangs() : new FakeKubelet.Ready());
        SCRIPT.set(pod -> FakeKubelet.isCommandPod(pod) ? new FakeKubelet.CompletesWithoutLog("", 0)
                : new FakeKubelet.Ready());

        // when
        ProbeResult result;
        try (Deployment deployment = env.deploy(request(ChainFixtures.cnfTestbed("snake", 1, 1)),
                new CancellationToken())) {
            result = deployment.invoke(invocation("fake-iperf", Map.of("target", "c1-ingress")));
        } finally {
            env.close();
        }

        // then: the empty digest is a complete (empty) output, so the tool sees nothing to parse
        assertThat(result.error()).contains("no bps in output");
    }

    @Test
    void shouldFallBackToTheTerminationMessageWhenTheLogIsLost() throws Exception {
        // given
        KubernetesEnvironment env = environment(Map.of());
        SCRIPT.set(pod -> FakeKubelet.isCommandPod(pod) ? new FakeKubelet.CompletesWithoutLog("{\"bps\": 5}", 0)
                : new FakeKubelet.Ready());

        // when
        ProbeResult result;
        try (Deployment deployment = env.deploy(request(ChainFixtures.cnfTestbed("snake", 1, 1)),
                new CancellationToken())) {
            result = deployment.invoke(invocation("fake-iperf", Map.of("target", "c1-ingress")));
        } finally {
            env.close();
        }

        // then
        assertThat(result.error()).isNull();
        assertThat(result.metric("throughput").orElseThrow().scalar()).isEqualTo("5");
    }

    @Test
    void shouldRetryWhenTheApiServerAnswers500() throws Exception {
        // given: the first two reads of the namespace fail
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);
        String namespace = namespaceOf(env, bd);
        Status error = new StatusBuilder().withCode(500).withMessage("etcdserver: leader changed").build();
        server.expect().get().withPath("/api/v1/namespaces/" + namespace).andReturn(500, error).times(2);

        // when
        try (Deployment deployment = env.deploy(request(bd), new CancellationToken())) {
            // then
            assertThat(client.namespaces().withName(namespace).get()).isNotNull();
        } finally {
            env.close();
        }
        assertNothingLeft(env, namespace);
    }

    @Test
    void shouldNameTheMissingPermissionBeforeCreatingAnything() {
        // given
        DENIED.add("create pods");
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);

        // when / then
        assertThatThrownBy(() -> env.deploy(request(bd), new CancellationToken()))
                .isInstanceOf(DeploymentException.class).hasMessageContaining("'create' on pods")
                .hasMessageContaining("nothing was created");
        assertThat(client.namespaces().withName(namespaceOf(env, bd)).get()).isNull();
        env.close();
    }

    @Test
    void shouldReportAForbiddenCallWithItsVerb() {
        // given
        Api api = new Api(3, 1);
        io.fabric8.kubernetes.client.KubernetesClientException forbidden =
                new io.fabric8.kubernetes.client.KubernetesClientException(new StatusBuilder().withCode(403)
                        .withMessage("pods \"x\" is forbidden: User \"ci\" cannot delete resource \"pods\"").build());

        // when / then
        assertThatThrownBy(() -> api.call(Permission.PODS_DELETE, "delete pod x", () -> {
            throw forbidden;
        })).isInstanceOf(KubernetesApiException.class).hasMessageContaining("needs 'delete' on pods")
                .hasMessageContaining("cannot delete resource");
    }

    @Test
    void shouldAdoptItsOwnNamespaceOnResumeAndRefuseAnother() throws Exception {
        // given: a namespace of the same run (left by a killed controller)
        KubernetesEnvironment env = environment(Map.of());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);
        Deployment first = env.deploy(request(bd), new CancellationToken());
        String namespace = ((KubernetesDeployment) first).namespace();

        // when: the same run deploys the same Test again
        KubernetesEnvironment resumed = new KubernetesEnvironment(envClient, env.settings(),
                env.tools(), Clock.systemUTC(), env.runId(), Duration.ofMillis(20), Duration.ofMillis(5), false);
        try (Deployment again = resumed.deploy(request(bd), new CancellationToken())) {
            // then
            assertThat(((KubernetesDeployment) again).namespace()).isEqualTo(namespace);
        }
        first.close();
        env.close();
        assertNothingLeft(env, namespace);

        // and: a namespace of that name from another run is not adopted
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                .addToLabels(Names.RUN, "someone-else").endMetadata().build()).create();
        assertThatThrownBy(() -> resumed.deploy(request(bd), new CancellationToken()))
                .isInstanceOf(DeploymentException.class).hasMessageContaining("belongs to run someone-else");
        client.namespaces().withName(namespace).delete();
    }

    @Test
    void shouldWaitForANamespaceStillBeingDeletedInsteadOfAdoptingIt() throws Exception {
        // given: the namespace of a failed attempt of the same deployment, still terminating (a deploy retry)
        KubernetesEnvironment env = environment(Map.of("timeout-teardown", "10"));
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);
        String namespace = namespaceOf(env, bd);
        DeploymentContext ctx = new DeploymentContext(env.runId(), "i1", 1, "chains=1,nfs=1,topology=snake",
                Instant.EPOCH);
        Namespace terminating = client.namespaces().resource(new NamespaceBuilder().withNewMetadata()
                .withName(namespace).withLabels(env.factory().labels(ctx)).endMetadata().withNewStatus()
                .withPhase("Terminating").endStatus().build()).create();

        // when: deploying while it terminates; it goes away after five seconds
        CompletableFuture<Deployment> deploying = CompletableFuture.supplyAsync(() -> {
            try {
                return env.deploy(request(bd), new CancellationToken());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean adopted = false;
        while (System.nanoTime() < until && !deploying.isDone()) {
            adopted |= !client.services().inNamespace(namespace).list().getItems().isEmpty();
            Thread.sleep(20);
        }
        client.namespaces().withName(namespace).delete();
        String uid;
        try (Deployment deployment = deploying.get(30, TimeUnit.SECONDS)) {
            uid = client.namespaces().withName(((KubernetesDeployment) deployment).namespace()).get().getMetadata()
                    .getUid();
        } finally {
            env.close();
        }

        // then: nothing was put into the terminating namespace; the Test got a namespace of its own
        assertThat(adopted).as("objects created in the terminating namespace").isFalse();
        assertThat(uid).isNotEqualTo(terminating.getMetadata().getUid());
        assertNothingLeft(env, namespace);
    }

    @Test
    void shouldCopyMultusNetworksIntoTheRunNamespaceAndNameAMissingOne() throws Exception {
        // given: one NetworkAttachmentDefinition in the source namespace, one missing
        server.expect().get().withPath("/apis/k8s.cni.cncf.io/v1").andReturn(200, new APIResourceListBuilder()
                .withGroupVersion("k8s.cni.cncf.io/v1").addNewResource().withName("network-attachment-definitions")
                .withKind("NetworkAttachmentDefinition").withNamespaced(true).withVerbs("get", "list", "create",
                        "delete").endResource().build()).always();
        GenericKubernetesResource nad = new GenericKubernetesResourceBuilder().withApiVersion("k8s.cni.cncf.io/v1")
                .withKind("NetworkAttachmentDefinition").withNewMetadata().withName("sriov-a").withNamespace("default")
                .endMetadata().build();
        nad.setAdditionalProperty("spec", Map.of("config", "{\"cniVersion\":\"0.4.0\",\"type\":\"macvlan\"}"));
        client.genericKubernetesResources(Teardown.NAD).inNamespace("default").resource(nad).create();
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);
        KubernetesEnvironment env = environment(Map.of("multus-networks", "sriov-a=192.168.50.0/24"));
        KubernetesEnvironment missing = environment(Map.of("multus-networks", "sriov-x=192.168.60.0/24"));

        // when
        String namespace;
        Map<String, Object> copied;
        String annotation;
        try (Deployment deployment = env.deploy(request(bd), new CancellationToken())) {
            namespace = ((KubernetesDeployment) deployment).namespace();
            copied = client.genericKubernetesResources(Teardown.NAD).inNamespace(namespace).withName("sriov-a").get()
                    .getAdditionalProperties();
            annotation = client.pods().inNamespace(namespace).withName("c1n1").get().getMetadata().getAnnotations()
                    .get("k8s.v1.cni.cncf.io/networks");
        } finally {
            env.close();
        }

        // then: the pods find their networks in their own namespace, at static addresses; a missing one is named
        assertThat(copied.get("spec")).isEqualTo(nad.getAdditionalProperties().get("spec"));
        assertThat(annotation).contains("\"name\":\"sriov-a\"").contains("\"ips\":[\"192.168.50.");
        assertThat(client.genericKubernetesResources(Teardown.NAD).inNamespace(namespace).list().getItems()).isEmpty();
        assertThatThrownBy(() -> missing.deploy(request(bd), new CancellationToken()))
                .isInstanceOf(DeploymentException.class)
                .hasMessage("NetworkAttachmentDefinition sriov-x (multus-networks) does not exist in namespace"
                        + " default (multus-source-namespace); nothing was started");
        missing.close();
        assertNothingLeft(missing, namespaceOf(missing, bd));
    }

    @Test
    void shouldBindTheRunRoleInTheNamespaceItCreatesWhenItHasNoNamespacedRightsElsewhere() throws Exception {
        // given: an account with namespace rights only; inside a namespace only what a RoleBinding there grants
        BOUND_ONLY.set(true);
        Thread authorizer = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                client.rbac().roleBindings().inAnyNamespace().list().getItems().stream()
                        .filter(b -> b.getMetadata().getName().equals("vnfbench"))
                        .forEach(b -> BOUND.add(b.getMetadata().getNamespace()));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        authorizer.setDaemon(true);
        authorizer.start();
        KubernetesEnvironment env = environment(Map.of("rbac-subject", "serviceaccount:vnfbench:vnfbench"));
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1);

        // when
        io.fabric8.kubernetes.api.model.rbac.RoleBinding binding;
        try (Deployment deployment = env.deploy(request(bd), new CancellationToken())) {
            binding = client.rbac().roleBindings().inNamespace(((KubernetesDeployment) deployment).namespace())
                    .withName("vnfbench").get();
        } finally {
            env.close();
            authorizer.interrupt();
        }

        // then
        assertThat(binding.getRoleRef().getName()).isEqualTo("vnfbench-run");
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getNamespace() + "/" + s.getName()).isEqualTo("vnfbench/vnfbench");
        });
        assertNothingLeft(env, namespaceOf(env, bd));
        client.rbac().roleBindings().inAnyNamespace().withLabel(Names.RUN, env.runId()).delete();
    }

    @Test
    void shouldRefuseVirtualMachineNodesBeforeCreatingAnything() {
        // given
        Node nf = ChainFixtures.nfTemplate();
        Node vm = new Node(null, nf.type(), "registry.example/vsc-disk:1", "vm", nf.role(), nf.resources(),
                List.of(), List.of(), List.of());
        VnfBd bd = ChainFixtures.cnfTestbed("snake", 1, 1, vm, List.of());
        KubernetesEnvironment env = environment(Map.of());

        // when / then
        assertThatThrownBy(() -> env.deploy(request(bd), new CancellationToken()))
                .isInstanceOf(DeploymentException.class).hasMessageContaining("node c1n1 has format vm")
                .hasMessageContaining("container images only");
        env.close();
    }

    @Test
    void shouldSweepExpiredRunsOfThisControllerOnly() {
        // given
        KubernetesEnvironment env = environment(Map.of("controller-id", "sweeper"));
        Namespace expired = managed("vnfb-old-run", "sweeper", "2026-01-01T00:00:00Z");
        Namespace alive = managed("vnfb-live-run", "sweeper", Instant.now().plus(Duration.ofHours(1)).toString());
        Namespace foreign = managed("vnfb-other-ctl", "someone", "2026-01-01T00:00:00Z");
        Namespace legacy = managed("vnfb-no-lease", "sweeper", null);
        for (Namespace ns : List.of(expired, alive, foreign, legacy)) {
            client.namespaces().resource(ns).create();
        }

        // when
        Janitor.Sweep sweep = env.janitor().sweep(Instant.now());

        // then
        assertThat(sweep.deleted()).containsExactly("vnfb-old-run");
        assertThat(sweep.withoutLease()).singleElement().asString().contains("vnfb-no-lease");
        assertThat(client.namespaces().withName("vnfb-old-run").get()).isNull();
        assertThat(client.namespaces().withName("vnfb-live-run").get()).isNotNull();
        assertThat(client.namespaces().withName("vnfb-other-ctl").get()).isNotNull();
        for (String n : List.of("vnfb-live-run", "vnfb-other-ctl", "vnfb-no-lease")) {
            client.namespaces().withName(n).delete();
        }
        env.close();
    }

    // ------------------------------------------------------------------ helpers

    private static Namespace managed(String name, String controller, String lease) {
        NamespaceBuilder b = new NamespaceBuilder().withNewMetadata().withName(name)
                .addToLabels(Names.MANAGED_BY, Names.MANAGER).addToLabels(Names.CONTROLLER, controller)
                .addToLabels(Names.DEPLOYMENT, name).endMetadata();
        if (lease != null) {
            b.editMetadata().addToAnnotations(Names.LEASE_UNTIL, lease).endMetadata();
        }
        return b.build();
    }

    private static KubernetesEnvironment environment(Map<String, String> parameters) {
        Map<String, String> p = new HashMap<>(Map.of("timeout-schedule", "5", "timeout-ready", "5",
                "timeout-teardown", "5", "timeout-trial-slack", "5"));
        p.putAll(parameters);
        return new KubernetesEnvironment(envClient, KubernetesSettings.fromParameters(p),
                ProbeRegistry.of(List.of(new FakeIperf())), Clock.systemUTC(), "run" + RUNS.incrementAndGet(),
                Duration.ofMillis(20), Duration.ofMillis(5), false);
    }

    private static DeploymentRequest request(VnfBd bd) {
        return new DeploymentRequest("i1", "chains=1,nfs=1,topology=snake", 1, bd, Duration.ofSeconds(30));
    }

    private static ToolInvocation invocation(String tool, Map<String, String> parameters) {
        return new ToolInvocation(ToolKind.PROBER, tool, "1", "tg", parameters, Duration.ofSeconds(10),
                Duration.ofSeconds(30), 1, 1, new CancellationToken());
    }

    private static String namespaceOf(KubernetesEnvironment env, VnfBd bd) {
        return env.factory().namespace(new DeploymentContext(env.runId(), "i1", 1, "", Instant.EPOCH));
    }

    /** The mock has no garbage collector: every kind must be gone by label, not only the namespace. */
    private static void assertNothingLeft(KubernetesEnvironment env, String namespace) {
        Map<String, String> run = Map.of(Names.RUN, env.runId());
        assertThat(client.pods().inAnyNamespace().withLabels(run).list().getItems()).isEmpty();
        assertThat(client.services().inAnyNamespace().withLabels(run).list().getItems()).isEmpty();
        assertThat(client.network().v1().networkPolicies().inAnyNamespace().withLabels(run).list().getItems())
                .isEmpty();
        assertThat(client.configMaps().inAnyNamespace().withLabels(run).list().getItems()).isEmpty();
        assertThat(client.namespaces().withLabels(run).list().getItems()).isEmpty();
        assertThat(client.namespaces().withName(namespace).get()).isNull();
        assertThat(kubelet.failure()).isNull();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
