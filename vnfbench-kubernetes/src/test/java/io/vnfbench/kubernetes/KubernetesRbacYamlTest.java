package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped RBAC YAML grants exactly the permissions the code declares (and uses through {@link Api}). */
class KubernetesRbacYamlTest {

    static final Path RBAC = Path.of("../docs/kubernetes-rbac.yaml");

    @Test
    void shouldGrantExactlyTheVerbsTheCodeUsesInTheClusterRole() throws IOException {
        // given
        ClusterRole role = document(ClusterRole.class, "ClusterRole");

        // when
        Set<String> granted = triples(role.getRules());

        // then
        assertThat(granted).isEqualTo(triples(Permission.ALL));
    }

    @Test
    void shouldGrantExactlyTheNamespacedVerbsInTheSharedNamespaceRole() throws IOException {
        // given
        Role role = document(Role.class, "Role");

        // when
        Set<String> granted = triples(role.getRules());

        // then
        assertThat(granted).isEqualTo(triples(Permission.ALL.stream().filter(p -> !p.clusterScoped()).toList()));
    }

    @Test
    void shouldListEveryDeclaredPermissionInAll() throws IllegalAccessException {
        // given: every Permission constant the code can pass to Api.call
        Set<Permission> declared = new java.util.HashSet<>();
        for (java.lang.reflect.Field f : Permission.class.getDeclaredFields()) {
            if (f.getType() == Permission.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                declared.add((Permission) f.get(null));
            }
        }

        // then
        assertThat(Permission.ALL).containsExactlyInAnyOrderElementsOf(declared);
    }

    private static <T> T document(Class<T> type, String kind) throws IOException {
        String yaml = Files.readString(RBAC, StandardCharsets.UTF_8);
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.contains("\nkind: " + kind + "\n")) {
                return Serialization.unmarshal(doc, type);
            }
        }
        throw new AssertionError("no " + kind + " in " + RBAC);
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

    private static Set<String> triples(java.util.Collection<Permission> permissions) {
        return permissions.stream().map(p -> p.group() + "|" + p.resource() + "|" + p.verb())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
