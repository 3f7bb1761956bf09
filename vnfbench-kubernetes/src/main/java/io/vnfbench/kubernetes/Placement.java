package io.vnfbench.kubernetes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAffinityTermBuilder;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTermBuilder;
import io.vnfbench.engine.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where pods go: node selectors and pod (anti-)affinity from the scenario's policies. An {@code affinity} policy
 * makes its first target the anchor: every other target follows the anchor with a required pod affinity, and the
 * anchor has none, so the scheduler can always place the anchor first (a mutual required affinity between pods that
 * do not match their own terms can never be scheduled). {@code anti-affinity} is symmetric, which the scheduler
 * always satisfies given enough nodes.
 */
final class Placement {

    static final String HOSTNAME = "kubernetes.io/hostname";
    private static final Set<String> TYPES = Set.of("affinity", "anti-affinity", "node-selector");

    private final KubernetesSettings settings;
    private final List<Policy> policies;
    private final Wiring wiring;
    private final String deployment;

    Placement(KubernetesSettings settings, List<Policy> policies, Wiring wiring, String deployment) {
        this.settings = settings;
        this.policies = List.copyOf(policies);
        this.wiring = wiring;
        this.deployment = deployment;
        for (Policy p : this.policies) {
            if (!TYPES.contains(type(p))) {
                throw new IllegalArgumentException("policy " + p.name() + ": type '" + p.type()
                        + "' is not one of affinity, anti-affinity, node-selector");
            }
            for (String t : targets(p)) {
                if (wiring.planOf(t).isEmpty()) {
                    throw new IllegalArgumentException("policy " + p.name() + " targets node " + t
                            + ", which the scenario does not deploy as a pod");
                }
            }
        }
    }

    Map<String, String> nodeSelector(Wiring.PodPlan plan) {
        Map<String, String> out = new TreeMap<>(settings.sutNodeSelector());
        for (Policy p : policies) {
            if ("node-selector".equals(type(p)) && targets(p).stream().anyMatch(plan::contains)) {
                out.putAll(KubernetesSettings.selector(Map.of("policy " + p.name(),
                        p.action() == null ? "" : p.action()), "policy " + p.name()));
            }
        }
        return out;
    }

    /** The pod's affinity, or null when it has none. */
    @CheckForNull
    Affinity affinity(Wiring.PodPlan plan) {
        List<PodAffinityTerm> together = new ArrayList<>();
        List<PodAffinityTerm> apart = new ArrayList<>();
        for (Policy p : policies) {
            String type = type(p);
            if (type.equals("node-selector")) {
                continue;
            }
            List<String> pods = targets(p).stream().map(t -> wiring.planOf(t).orElseThrow().name()).distinct()
                    .toList();
            String own = plan.name();
            if (!pods.contains(own) || pods.size() < 2) {
                continue;
            }
            List<String> others;
            if (type.equals("affinity")) {
                if (pods.get(0).equals(own)) {
                    continue; // the anchor goes first, wherever it fits
                }
                others = List.of(pods.get(0));
            } else {
                others = pods.stream().filter(o -> !o.equals(own)).sorted().toList();
            }
            String topologyKey = p.action() == null || p.action().isBlank() ? HOSTNAME : p.action().trim();
            PodAffinityTerm term = new PodAffinityTermBuilder().withTopologyKey(topologyKey)
                    .withLabelSelector(new LabelSelectorBuilder().addToMatchLabels(Names.DEPLOYMENT, deployment)
                            .addNewMatchExpression().withKey(Names.NODE).withOperator("In")
                            .withValues(others.stream().map(Names::labelValue).toList()).endMatchExpression()
                            .build())
                    .build();
            (type.equals("affinity") ? together : apart).add(term);
        }
        if (plan.pipelineMember() && "multus".equals(settings.pipelineLinks()) && plan.chain().isPresent()) {
            // a pipeline's NFs in pods of their own (pipeline-links=multus) share a node: each follows the chain's
            // first NF, which goes first (a term the pod matches itself would block it once any other pod matches)
            String first = wiring.layout().flatMap(l -> l.chains().stream()
                    .filter(c -> c.index() == plan.chain().get()).findFirst()).map(c -> c.nfs().get(0).id())
                    .orElseThrow();
            if (!plan.contains(first)) {
                together.add(new PodAffinityTermBuilder().withTopologyKey(HOSTNAME)
                        .withLabelSelector(new LabelSelectorBuilder().addToMatchLabels(Names.DEPLOYMENT, deployment)
                                .addToMatchLabels(Names.NODE, Names.labelValue(first)).build())
                        .build());
            }
        }
        if (together.isEmpty() && apart.isEmpty()) {
            return null;
        }
        AffinityBuilder ab = new AffinityBuilder();
        if (!together.isEmpty()) {
            ab.withNewPodAffinity().withRequiredDuringSchedulingIgnoredDuringExecution(together).endPodAffinity();
        }
        if (!apart.isEmpty()) {
            ab.withNewPodAntiAffinity().withRequiredDuringSchedulingIgnoredDuringExecution(apart)
                    .endPodAntiAffinity();
        }
        return ab.build();
    }

    /** Agent pods prefer nodes without SUT pods, so the generator does not steal the NFs' cores. */
    static Affinity awayFromSut(String deployment) {
        LabelSelector sut = new LabelSelectorBuilder().addToMatchLabels(Names.DEPLOYMENT, deployment)
                .addToMatchLabels(Names.ROLE, "sut").build();
        return new AffinityBuilder().withNewPodAntiAffinity().withPreferredDuringSchedulingIgnoredDuringExecution(
                new WeightedPodAffinityTermBuilder().withWeight(100).withNewPodAffinityTerm()
                        .withTopologyKey(HOSTNAME).withLabelSelector(sut).endPodAffinityTerm().build())
                .endPodAntiAffinity().build();
    }

    private static String type(Policy p) {
        return p.type() == null ? "" : p.type().trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> targets(Policy p) {
        return KubernetesSettings.list(p.targets());
    }
}
