package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Deletes one deployment's objects by label, kind by kind (a real cluster would cascade from the namespace, but the
 * objects must go in shared-namespace mode too, and nothing may be left to a garbage collector that may not run),
 * then the namespace, and waits a bounded time for the pods to be gone.
 */
final class Teardown {

    static final ResourceDefinitionContext NAD = new ResourceDefinitionContext.Builder()
            .withGroup(Permission.MULTUS_GROUP).withVersion("v1").withKind("NetworkAttachmentDefinition")
            .withPlural("network-attachment-definitions").withNamespaced(true).build();

    private final KubernetesClient client;
    private final Api api;
    private final Duration bound;
    private final Duration poll;

    Teardown(KubernetesClient client, Api api, Duration bound, Duration poll) {
        this.client = client;
        this.api = api;
        this.bound = bound;
        this.poll = poll;
    }

    /**
     * Deletes everything of a deployment.
     *
     * @return problems (empty when all is gone)
     */
    List<String> deleteDeployment(String namespace, Map<String, String> selector, boolean deleteNamespace) {
        List<String> problems = new ArrayList<>();
        attempt(problems, () -> deleteAll(Permission.PODS_LIST, Permission.PODS_DELETE, "pods",
                () -> client.pods().inNamespace(namespace).withLabels(selector).list().getItems(),
                name -> client.pods().inNamespace(namespace).withName(name).withGracePeriod(0).delete()));
        attempt(problems, () -> deleteAll(Permission.SERVICES_LIST, Permission.SERVICES_DELETE, "services",
                () -> client.services().inNamespace(namespace).withLabels(selector).list().getItems(),
                name -> client.services().inNamespace(namespace).withName(name).delete()));
        attempt(problems, () -> deleteAll(Permission.NETPOL_LIST, Permission.NETPOL_DELETE, "network policies",
                () -> client.network().v1().networkPolicies().inNamespace(namespace).withLabels(selector).list()
                        .getItems(),
                name -> client.network().v1().networkPolicies().inNamespace(namespace).withName(name).delete()));
        attempt(problems, () -> deleteAll(Permission.CONFIGMAPS_LIST, Permission.CONFIGMAPS_DELETE, "config maps",
                () -> client.configMaps().inNamespace(namespace).withLabels(selector).list().getItems(),
                name -> client.configMaps().inNamespace(namespace).withName(name).delete()));
        if (hasMultus()) {
            attempt(problems, () -> deleteAll(Permission.NAD_LIST, Permission.NAD_DELETE,
                    "network attachment definitions",
                    () -> client.genericKubernetesResources(NAD).inNamespace(namespace).withLabels(selector).list()
                            .getItems(),
                    name -> client.genericKubernetesResources(NAD).inNamespace(namespace).withName(name).delete()));
        }
        if (deleteNamespace) {
            attempt(problems, () -> api.run(Permission.NAMESPACES_DELETE, "delete namespace " + namespace,
                    () -> client.namespaces().withName(namespace).delete()));
        }
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            List<?> left;
            try {
                left = api.call(Permission.PODS_LIST, "list pods left in " + namespace,
                        () -> client.pods().inNamespace(namespace).withLabels(selector).list().getItems());
            } catch (KubernetesApiException e) {
                problems.add(e.getMessage());
                break;
            }
            if (left.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                problems.add(left.size() + " pod(s) still present in " + namespace + " after " + bound.toSeconds()
                        + " s; the janitor deletes them when the lease expires");
                break;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add("interrupted while waiting for pods to go");
                break;
            }
        }
        return problems;
    }

    @CheckForNull
    private volatile Boolean multus;

    /** Whether the cluster serves Multus' NetworkAttachmentDefinitions (asked once; discovery needs no grant). */
    boolean hasMultus() {
        Boolean known = multus;
        if (known == null) {
            try {
                known = client.supports(Permission.MULTUS_GROUP + "/v1", "NetworkAttachmentDefinition");
            } catch (RuntimeException e) {
                known = false;
            }
            multus = known;
        }
        return known;
    }

    private <T extends HasMetadata> void deleteAll(Permission list, Permission delete, String what,
            Supplier<List<T>> lister, java.util.function.Consumer<String> deleter) {
        List<T> items = api.call(list, "list " + what, lister);
        for (T item : items) {
            String name = item.getMetadata().getName();
            api.run(delete, "delete " + what + " " + name, () -> deleter.accept(name));
        }
    }

    private static void attempt(List<String> problems, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
    }
}
