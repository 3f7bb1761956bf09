package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether kube-scheduler can place a set of pods created together, by its InterPodAffinity filter
 * (pkg/scheduler/framework/plugins/interpodaffinity): a pod with required pod affinity goes only to a topology domain
 * holding a pod that matches every term, unless no pod anywhere matches its terms and it matches all of them itself;
 * required anti-affinity keeps it out of domains with a matching pod, in both directions. Nodes are as many as
 * needed; each has its own {@code kubernetes.io/hostname} and shares every other topology key's value. The
 * scheduler retries pending pods after each placement, so a set is schedulable when some order places them all.
 */
final class SchedulingRules {

    private SchedulingRules() {
    }

    /** The pods that can never be placed; empty when every pod can. */
    static List<String> unschedulable(List<Pod> pods) {
        List<Pod> pending = new ArrayList<>(pods);
        Map<Pod, Integer> placed = new HashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Pod p : List.copyOf(pending)) {
                for (int node = 0; node <= placed.size(); node++) {
                    if (fits(p, node, placed)) {
                        placed.put(p, node);
                        pending.remove(p);
                        progress = true;
                        break;
                    }
                }
            }
        }
        return pending.stream().map(p -> p.getMetadata().getName()).toList();
    }

    private static boolean fits(Pod pod, int node, Map<Pod, Integer> placed) {
        List<PodAffinityTerm> affinity = terms(pod, true);
        if (!affinity.isEmpty()) {
            boolean anyMatchAnywhere = placed.keySet().stream().anyMatch(e -> affinity.stream()
                    .anyMatch(t -> matches(t, e, pod)));
            boolean allHere = affinity.stream().allMatch(t -> placed.entrySet().stream()
                    .anyMatch(e -> matches(t, e.getKey(), pod) && sameDomain(t, e.getValue(), node)));
            if (!allHere && (anyMatchAnywhere || !affinity.stream().allMatch(t -> matches(t, pod, pod)))) {
                return false;
            }
        }
        for (PodAffinityTerm t : terms(pod, false)) {
            if (placed.entrySet().stream().anyMatch(e -> matches(t, e.getKey(), pod) && sameDomain(t, e.getValue(),
                    node))) {
                return false;
            }
        }
        for (Map.Entry<Pod, Integer> e : placed.entrySet()) {
            for (PodAffinityTerm t : terms(e.getKey(), false)) {
                if (matches(t, pod, e.getKey()) && sameDomain(t, e.getValue(), node)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameDomain(PodAffinityTerm t, int a, int b) {
        return !"kubernetes.io/hostname".equals(t.getTopologyKey()) || a == b;
    }

    private static List<PodAffinityTerm> terms(Pod p, boolean affinity) {
        var a = p.getSpec().getAffinity();
        if (a == null) {
            return List.of();
        }
        if (affinity) {
            return a.getPodAffinity() == null ? List.of()
                    : a.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
        }
        return a.getPodAntiAffinity() == null ? List.of()
                : a.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
    }

    /** Whether {@code target} matches the term of {@code owner} (same namespace unless the term names others). */
    private static boolean matches(PodAffinityTerm t, Pod target, Pod owner) {
        boolean sameNamespace = t.getNamespaces().isEmpty() && t.getNamespaceSelector() == null
                ? target.getMetadata().getNamespace().equals(owner.getMetadata().getNamespace())
                : t.getNamespaces().contains(target.getMetadata().getNamespace());
        return sameNamespace && selects(t.getLabelSelector(), target.getMetadata().getLabels());
    }

    static boolean selects(LabelSelector s, Map<String, String> labels) {
        if (s == null) {
            return false;
        }
        for (Map.Entry<String, String> e : s.getMatchLabels().entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : s.getMatchExpressions()) {
            String v = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> v != null && r.getValues().contains(v);
                case "NotIn" -> v == null || !r.getValues().contains(v);
                case "Exists" -> v != null;
                case "DoesNotExist" -> v == null;
                default -> throw new IllegalArgumentException("operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
