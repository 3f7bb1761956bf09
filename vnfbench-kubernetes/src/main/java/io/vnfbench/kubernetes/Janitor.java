package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes what a dead controller left behind: deployments of this controller whose lease expired more than a grace
 * period ago. Objects without a lease are reported, never deleted (someone else's, or from an older version).
 */
public final class Janitor {

    /** Leases are refreshed at a third of their length; this much extra avoids deleting a slow but live run. */
    static final Duration GRACE = Duration.ofMinutes(2);

    private final KubernetesClient client;
    private final KubernetesSettings settings;
    private final Api api;
    private final Teardown teardown;

    Janitor(KubernetesClient client, KubernetesSettings settings, Api api, Teardown teardown) {
        this.client = client;
        this.settings = settings;
        this.api = api;
        this.teardown = teardown;
    }

    /** What one sweep did. */
    public record Sweep(List<String> deleted, List<String> withoutLease) {
    }

    /** One sweep; never throws for a single object (it is reported and the sweep goes on). */
    public Sweep sweep(Instant now) {
        List<String> deleted = new ArrayList<>();
        List<String> withoutLease = new ArrayList<>();
        Map<String, String> mine = Map.of(Names.MANAGED_BY, Names.MANAGER, Names.CONTROLLER,
                settings.controllerId());
        if (settings.sharedNamespace()) {
            List<ConfigMap> anchors = api.call(Permission.CONFIGMAPS_LIST, "list anchors",
                    () -> client.configMaps().inNamespace(settings.namespace()).withLabels(mine)
                            .withLabel(Names.ANCHOR, "true").list().getItems());
            for (ConfigMap anchor : anchors) {
                if (expired(anchor, now, withoutLease)) {
                    String slug = anchor.getMetadata().getLabels().get(Names.DEPLOYMENT);
                    try {
                        teardown.deleteDeployment(settings.namespace(), Map.of(Names.DEPLOYMENT, slug), false);
                        deleted.add(settings.namespace() + "/" + slug);
                    } catch (RuntimeException e) {
                        withoutLease.add(settings.namespace() + "/" + slug + ": not deleted: " + e.getMessage());
                    }
                }
            }
        } else {
            List<Namespace> namespaces = api.call(Permission.NAMESPACES_LIST, "list namespaces",
                    () -> client.namespaces().withLabels(mine).list().getItems());
            for (Namespace ns : namespaces) {
                if (expired(ns, now, withoutLease)) {
                    String name = ns.getMetadata().getName();
                    try {
                        teardown.deleteDeployment(name, Map.of(Names.DEPLOYMENT,
                                ns.getMetadata().getLabels().getOrDefault(Names.DEPLOYMENT, "")), true);
                        deleted.add(name);
                    } catch (RuntimeException e) {
                        withoutLease.add(name + ": not deleted: " + e.getMessage());
                    }
                }
            }
        }
        return new Sweep(deleted, withoutLease);
    }

    private static boolean expired(HasMetadata object, Instant now, List<String> withoutLease) {
        String lease = object.getMetadata().getAnnotations() == null ? null
                : object.getMetadata().getAnnotations().get(Names.LEASE_UNTIL);
        if (lease == null) {
            withoutLease.add(object.getMetadata().getName() + ": no " + Names.LEASE_UNTIL + " annotation; left alone");
            return false;
        }
        try {
            return Instant.parse(lease).plus(GRACE).isBefore(now);
        } catch (DateTimeParseException e) {
            withoutLease.add(object.getMetadata().getName() + ": unreadable lease '" + lease + "'; left alone");
            return false;
        }
    }
}
