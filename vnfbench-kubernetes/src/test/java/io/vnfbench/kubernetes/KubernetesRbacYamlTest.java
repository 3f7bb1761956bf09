package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped RBAC YAML grants exactly the permissions the code declares (and uses through {@link Api}), and applies
 * cleanly: every field is one the API's schema knows (fabric8's typed models, nothing left over as an unknown
 * property), namespaces come before what lives in them, every binding names a role and an account the file makes.
 */
class KubernetesRbacYamlTest {

    static final Path PER_TEST = Path.of("../docs/kubernetes-rbac.yaml");
    static final Path NAMESPACE = Path.of("../docs/kubernetes-rbac-namespace.yaml");

    @Test
    void shouldGrantOnlyNamespaceRightsClusterWideAndEverythingElseThroughTheRunRole() throws IOException {
        // given
        List<HasMetadata> objects = objects(PER_TEST);

        // when
        ClusterRole namespaces = find(objects, ClusterRole.class, "vnfbench-namespaces");
        ClusterRole run = find(objects, ClusterRole.class, "vnfbench-run");

        // then
        assertThat(triples(namespaces.getRules())).isEqualTo(triples(Permission.ALL.stream()
                .filter(Permission::clusterScoped).toList()));
        assertThat(namespaces.getRules()).filteredOn(r -> r.getVerbs().contains("bind")).singleElement()
                .satisfies(r -> assertThat(r.getResourceNames()).containsExactly("vnfbench-run"));
        assertThat(triples(run.getRules())).isEqualTo(triples(Permission.ALL.stream()
                .filter(p -> !p.clusterScoped()).toList()));
        assertThat(objects).filteredOn(o -> o instanceof ClusterRoleBinding).extracting(o -> ((ClusterRoleBinding) o)
                .getRoleRef().getName()).containsExactly("vnfbench-namespaces");
    }

    @Test
    void shouldGrantTheNamespacedRightsInThePreCreatedNamespaceAndNothingClusterWide() throws IOException {
        // given
        List<HasMetadata> objects = objects(NAMESPACE);

        // then
        assertThat(objects).noneMatch(o -> o instanceof ClusterRole || o instanceof ClusterRoleBinding);
        Role role = find(objects, Role.class, "vnfbench");
        assertThat(triples(role.getRules())).isEqualTo(triples(Permission.ALL.stream()
                .filter(p -> !p.clusterScoped()).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../docs/kubernetes-rbac.yaml", "../docs/kubernetes-rbac-namespace.yaml"})
    void shouldApplyCleanly(String file) throws IOException {
        // given
        List<HasMetadata> objects = objects(Path.of(file));
        List<String> problems = new ArrayList<>();
        Set<String> namespaces = new HashSet<>(Set.of("default"));
        Set<String> roles = new HashSet<>();
        Set<String> accounts = new HashSet<>();

        // when: applied in file order, as kubectl apply -f does
        for (HasMetadata o : objects) {
            unknownFields(o, o.getKind() + " " + o.getMetadata().getName(), problems);
            problems.addAll(AdmissionRules.check(o).stream().filter(v -> !v.contains("(DNS-1035)")).toList());
            String ns = o.getMetadata().getNamespace();
            if (ns != null && !namespaces.contains(ns)) {
                problems.add(o.getKind() + " " + o.getMetadata().getName() + ": namespace " + ns + " does not exist");
            }
            switch (o.getKind()) {
                case "Namespace" -> namespaces.add(o.getMetadata().getName());
                case "ServiceAccount" -> accounts.add(ns + "/" + o.getMetadata().getName());
                case "Role" -> roles.add("Role " + ns + "/" + o.getMetadata().getName());
                case "ClusterRole" -> roles.add("ClusterRole " + o.getMetadata().getName());
                case "RoleBinding" -> bound(((RoleBinding) o).getRoleRef(), ((RoleBinding) o).getSubjects(), ns,
                        roles, accounts, problems);
                case "ClusterRoleBinding" -> bound(((ClusterRoleBinding) o).getRoleRef(),
                        ((ClusterRoleBinding) o).getSubjects(), null, roles, accounts, problems);
                default -> { }
            }
        }

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldListEveryDeclaredPermissionInAll() throws IllegalAccessException {
        // given: every Permission constant the code can pass to Api.call
        Set<Permission> declared = new HashSet<>();
        for (java.lang.reflect.Field f : Permission.class.getDeclaredFields()) {
            if (f.getType() == Permission.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                declared.add((Permission) f.get(null));
            }
        }

        // then
        assertThat(Permission.ALL).containsExactlyInAnyOrderElementsOf(declared);
    }

    private static void bound(RoleRef ref, List<Subject> subjects, String ns, Set<String> roles, Set<String> accounts,
            List<String> problems) {
        String role = ref.getKind().equals("ClusterRole") ? "ClusterRole " + ref.getName()
                : "Role " + ns + "/" + ref.getName();
        if (!roles.contains(role)) {
            problems.add("binding to " + role + ", which the file does not create before it");
        }
        for (Subject s : subjects) {
            if (s.getKind().equals("ServiceAccount") && !accounts.contains(s.getNamespace() + "/" + s.getName())) {
                problems.add("binding for service account " + s.getNamespace() + "/" + s.getName()
                        + ", which the file does not create before it");
            }
        }
    }

    /** A field the typed model does not know ends in additionalProperties: the API server would reject it. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Collection<?> c) {
            c.forEach(v -> unknownFields(v, path, problems));
            return;
        }
        if (!(value instanceof KubernetesResource)) {
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().equals("getClass")) {
                continue;
            }
            try {
                Object v = m.invoke(value);
                if (m.getName().equals("getAdditionalProperties") && v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                } else if (v != null && v != value) {
                    unknownFields(v, path, problems);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<HasMetadata> objects(Path file) throws IOException {
        List<HasMetadata> out = new ArrayList<>();
        for (String doc : Files.readString(file, StandardCharsets.UTF_8).split("(?m)^---\\s*$")) {
            if (doc.lines().anyMatch(l -> l.startsWith("kind:"))) {
                out.add(Serialization.unmarshal(doc));
            }
        }
        return out;
    }

    private static <T extends HasMetadata> T find(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static Set<String> triples(List<PolicyRule> rules) {
        Set<String> out = new TreeSet<>();
        for (PolicyRule rule : rules) {
            for (String group : rule.getApiGroups()) {
                for (String resource : rule.getResources()) {
                    for (String verb : rule.getVerbs()) {
                        out.add(group + "|" + resource + "|" + verb);
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> triples(Collection<Permission> permissions) {
        return permissions.stream().map(p -> p.group() + "|" + p.resource() + "|" + p.verb())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
