package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the API server, before anything is created, whether the account may do everything the environment will do
 * (SelfSubjectAccessReview per permission), and names what is missing.
 */
final class Preflight {

    private Preflight() {
    }

    /**
     * The permissions that are denied.
     *
     * @param namespace the fixed namespace in shared mode, or {@code null} for per-Test namespaces (checked
     *     cluster-wide, since those namespaces do not exist yet)
     */
    static List<Permission> missing(KubernetesClient client, Api api, @CheckForNull String namespace, boolean withMultus,
            boolean withMetrics, java.util.Optional<String> runRole) {
        List<Permission> missing = new ArrayList<>();
        for (Permission p : Permission.ALL) {
            if (p == Permission.ACCESS_REVIEW) {
                continue;
            }
            if (namespace != null && p.clusterScoped()) {
                continue; // shared namespace: vnfbench creates no namespaces
            }
            if (p.group().equals(Permission.RBAC_GROUP) && runRole.isEmpty()) {
                continue; // no per-namespace binding is made
            }
            if (!p.clusterScoped() && runRole.isPresent() && namespace == null) {
                continue; // they come with the binding, once the namespace exists (checked then)
            }
            if (!withMultus && p.group().equals(Permission.MULTUS_GROUP)
                    || !withMetrics && p == Permission.POD_METRICS_LIST) {
                continue;
            }
            SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder().withNewSpec()
                    .withNewResourceAttributes().withGroup(p.group()).withResource(p.baseResource())
                    .withSubresource(p.subresource().isEmpty() ? null : p.subresource()).withVerb(p.verb())
                    .withName(p == Permission.RUN_ROLE_BIND ? runRole.orElse(null) : null)
                    .withNamespace(p.clusterScoped() ? null : namespace).endResourceAttributes().endSpec().build();
            SelfSubjectAccessReview answer = api.call(Permission.ACCESS_REVIEW, "access review for " + p,
                    () -> client.authorization().v1().selfSubjectAccessReview().create(review));
            boolean allowed = answer != null && answer.getStatus() != null
                    && Boolean.TRUE.equals(answer.getStatus().getAllowed());
            if (!allowed) {
                missing.add(p);
            }
        }
        return missing;
    }
}
