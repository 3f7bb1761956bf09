package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;

/**
 * Least privilege for per-Test namespaces: the account may only create namespaces (and bind one ClusterRole in
 * them); everything inside a Test's namespace comes from a RoleBinding to ClusterRole {@code run-cluster-role}
 * that the environment makes in the namespace it just created. Binding waits until the API server's authorizer
 * grants it (a bounded SelfSubjectAccessReview loop), so the first create does not race the binding.
 */
final class RunRoleBinding {

    static final Duration EFFECTIVE_WITHIN = Duration.ofSeconds(30);

    private RunRoleBinding() {
    }

    static void grant(KubernetesClient client, Api api, KubernetesSettings settings, ObjectMeta meta, Duration poll) {
        String ns = meta.getNamespace();
        RoleBinding existing = api.find(Permission.ROLEBINDINGS_GET, "get rolebinding vnfbench in " + ns,
                () -> client.rbac().roleBindings().inNamespace(ns).withName(meta.getName()).get());
        if (existing == null) {
            RoleBinding binding = new RoleBindingBuilder().withMetadata(meta).withNewRoleRef()
                    .withApiGroup(Permission.RBAC_GROUP).withKind("ClusterRole").withName(settings.runClusterRole())
                    .endRoleRef().withSubjects(subject(settings.rbacSubject().orElseThrow())).build();
            api.call(Permission.ROLEBINDINGS_CREATE, "bind ClusterRole " + settings.runClusterRole() + " in " + ns,
                    () -> client.rbac().roleBindings().inNamespace(ns).resource(binding).create());
        }
        Instant until = Instant.now().plus(EFFECTIVE_WITHIN);
        while (!allowed(client, api, ns)) {
            if (Instant.now().isAfter(until)) {
                throw new KubernetesApiException("the RoleBinding to ClusterRole " + settings.runClusterRole() + " in "
                        + ns + " does not let the account create pods there after " + EFFECTIVE_WITHIN.toSeconds()
                        + " s: does rbac-subject (" + settings.rbacSubject().orElseThrow() + ") name this account,"
                        + " and does the ClusterRole exist (docs/kubernetes-rbac.yaml)?", null, 403, false,
                        Permission.PODS_CREATE);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KubernetesApiException("interrupted while waiting for the RoleBinding in " + ns, e, 0,
                        false, Permission.PODS_CREATE);
            }
        }
    }

    private static boolean allowed(KubernetesClient client, Api api, String ns) {
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder().withNewSpec()
                .withNewResourceAttributes().withGroup("").withResource("pods").withVerb("create").withNamespace(ns)
                .endResourceAttributes().endSpec().build();
        SelfSubjectAccessReview answer = api.call(Permission.ACCESS_REVIEW, "access review for pods in " + ns,
                () -> client.authorization().v1().selfSubjectAccessReview().create(review));
        return answer != null && answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
    }

    static Subject subject(String spec) {
        String[] p = spec.split(":", 3);
        return switch (p[0]) {
            case "serviceaccount" -> new SubjectBuilder().withKind("ServiceAccount").withNamespace(p[1])
                    .withName(p[2]).build();
            case "user" -> new SubjectBuilder().withKind("User").withApiGroup(Permission.RBAC_GROUP)
                    .withName(spec.substring(5)).build();
            default -> new SubjectBuilder().withKind("Group").withApiGroup(Permission.RBAC_GROUP)
                    .withName(spec.substring(6)).build();
        };
    }
}
