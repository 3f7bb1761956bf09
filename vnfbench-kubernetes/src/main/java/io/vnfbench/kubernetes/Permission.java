package io.vnfbench.kubernetes;

import java.util.List;
import java.util.Objects;

/**
 * One Kubernetes permission the environment uses: an API group, a resource (or subresource) and a verb. Every API call
 * goes through {@link Api} with the permission it needs, {@link #ALL} lists them, and the RBAC YAML shipped in
 * docs/kubernetes-rbac.yaml grants exactly these (a test compares the two).
 *
 * @param group API group, "" for the core group
 * @param resource resource or resource/subresource, e.g. {@code pods/log}
 * @param verb RBAC verb
 * @param clusterScoped whether the resource is cluster-scoped (needs a ClusterRole)
 */
public record Permission(String group, String resource, String verb, boolean clusterScoped) {

    public Permission {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(verb, "verb");
    }

    public static final String RBAC_GROUP = "rbac.authorization.k8s.io";
    /** The API group of Multus' NetworkAttachmentDefinitions. */
    public static final String MULTUS_GROUP = "k8s.cni.cncf.io";

    public static final Permission NAMESPACES_GET = cluster("", "namespaces", "get");
    public static final Permission NAMESPACES_LIST = cluster("", "namespaces", "list");
    public static final Permission NAMESPACES_CREATE = cluster("", "namespaces", "create");
    public static final Permission NAMESPACES_PATCH = cluster("", "namespaces", "patch");
    public static final Permission NAMESPACES_DELETE = cluster("", "namespaces", "delete");
    /** Per-Test namespaces with {@code rbac-subject}: the environment binds ClusterRole vnfbench-run in each. */
    public static final Permission ROLEBINDINGS_GET = cluster(RBAC_GROUP, "rolebindings", "get");
    public static final Permission ROLEBINDINGS_CREATE = cluster(RBAC_GROUP, "rolebindings", "create");
    /** Binding a role needs its grants or the 'bind' verb on it (RBAC escalation check); limited to vnfbench-run. */
    public static final Permission RUN_ROLE_BIND = cluster(RBAC_GROUP, "clusterroles", "bind");
    public static final Permission ACCESS_REVIEW = cluster("authorization.k8s.io", "selfsubjectaccessreviews",
            "create");
    public static final Permission PODS_GET = ns("", "pods", "get");
    public static final Permission PODS_LIST = ns("", "pods", "list");
    public static final Permission PODS_CREATE = ns("", "pods", "create");
    public static final Permission PODS_DELETE = ns("", "pods", "delete");
    public static final Permission PODS_LOG = ns("", "pods/log", "get");
    public static final Permission EVENTS_LIST = ns("", "events", "list");
    public static final Permission SERVICES_GET = ns("", "services", "get");
    public static final Permission SERVICES_LIST = ns("", "services", "list");
    public static final Permission SERVICES_CREATE = ns("", "services", "create");
    public static final Permission SERVICES_DELETE = ns("", "services", "delete");
    public static final Permission CONFIGMAPS_GET = ns("", "configmaps", "get");
    public static final Permission CONFIGMAPS_LIST = ns("", "configmaps", "list");
    public static final Permission CONFIGMAPS_CREATE = ns("", "configmaps", "create");
    public static final Permission CONFIGMAPS_PATCH = ns("", "configmaps", "patch");
    public static final Permission CONFIGMAPS_DELETE = ns("", "configmaps", "delete");
    public static final Permission NETPOL_GET = ns("networking.k8s.io", "networkpolicies", "get");
    public static final Permission NETPOL_LIST = ns("networking.k8s.io", "networkpolicies", "list");
    public static final Permission NETPOL_CREATE = ns("networking.k8s.io", "networkpolicies", "create");
    public static final Permission NETPOL_DELETE = ns("networking.k8s.io", "networkpolicies", "delete");
    public static final Permission NAD_GET = ns(MULTUS_GROUP, "network-attachment-definitions", "get");
    public static final Permission NAD_LIST = ns(MULTUS_GROUP, "network-attachment-definitions", "list");
    public static final Permission NAD_CREATE = ns(MULTUS_GROUP, "network-attachment-definitions", "create");
    public static final Permission NAD_DELETE = ns(MULTUS_GROUP, "network-attachment-definitions", "delete");
    public static final Permission POD_METRICS_LIST = ns("metrics.k8s.io", "pods", "list");

    /** Every permission the code uses. */
    public static final List<Permission> ALL = List.of(NAMESPACES_GET, NAMESPACES_LIST, NAMESPACES_CREATE,
            NAMESPACES_PATCH, NAMESPACES_DELETE, ROLEBINDINGS_GET, ROLEBINDINGS_CREATE, RUN_ROLE_BIND, ACCESS_REVIEW, PODS_GET, PODS_LIST, PODS_CREATE, PODS_DELETE,
            PODS_LOG, EVENTS_LIST, SERVICES_GET, SERVICES_LIST, SERVICES_CREATE, SERVICES_DELETE, CONFIGMAPS_GET,
            CONFIGMAPS_LIST, CONFIGMAPS_CREATE, CONFIGMAPS_PATCH, CONFIGMAPS_DELETE, NETPOL_GET, NETPOL_LIST,
            NETPOL_CREATE, NETPOL_DELETE, NAD_GET, NAD_LIST, NAD_CREATE, NAD_DELETE, POD_METRICS_LIST);

    private static Permission cluster(String group, String resource, String verb) {
        return new Permission(group, resource, verb, true);
    }

    private static Permission ns(String group, String resource, String verb) {
        return new Permission(group, resource, verb, false);
    }

    /** The resource name without a subresource. */
    public String baseResource() {
        int slash = resource.indexOf('/');
        return slash < 0 ? resource : resource.substring(0, slash);
    }

    /** The subresource, or empty. */
    public String subresource() {
        int slash = resource.indexOf('/');
        return slash < 0 ? "" : resource.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "'" + verb + "' on " + (group.isEmpty() ? "" : group + "/") + resource;
    }
}
