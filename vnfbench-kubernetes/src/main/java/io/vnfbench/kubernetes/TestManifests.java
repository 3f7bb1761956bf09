package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.vnfbench.engine.plan.ChainLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects one Test deployment applies, in apply order, plus the addresses probers use to reach the chain ends.
 *
 * @param namespace the namespace every object lives in
 * @param namespaceObject the per-Test namespace to create (empty in shared-namespace mode)
 * @param anchor the anchor ConfigMap that owns every object in shared-namespace mode (empty otherwise)
 * @param networkPolicy keeps benchmark traffic inside the deployment
 * @param service the headless Service giving SUT and agent pods stable DNS names
 * @param sutPods SUT pods (snake: one per NF and the switch; pipeline: one per chain plus the switch)
 * @param networkAttachments names of the Multus NetworkAttachmentDefinitions copied into the namespace
 * @param endpoints connection point id → {@code host:port} on the cluster network (for probers' targets)
 * @param sinkHost the DNS name chain egress traffic is sent to (the sink Service)
 * @param layout the planner's chain layout, when the scenario has chains
 * @param configMaps the user CNFs' configuration (their {@code configure} parameters as files)
 * @param ip what the ip data plane adds
 */
public record TestManifests(String namespace, Optional<Namespace> namespaceObject, Optional<ConfigMap> anchor,
        NetworkPolicy networkPolicy, Service service, Optional<Service> sinkService, List<Pod> sutPods,
        List<String> networkAttachments, Map<String, String> endpoints, String sinkHost,
        Optional<ChainLayout> layout, List<ConfigMap> configMaps, Ip ip) {

    public TestManifests {
        sutPods = List.copyOf(sutPods);
        networkAttachments = List.copyOf(networkAttachments);
        endpoints = Map.copyOf(endpoints);
        configMaps = List.copyOf(configMaps);
        java.util.Objects.requireNonNull(ip, "ip");
    }

    /**
     * What the {@code ip} data plane adds (all empty with {@code data-plane: relay}).
     *
     * @param networks the NetworkAttachmentDefinitions vnfbench creates in the Test's namespace, one per segment
     * @param trafficPods the traffic generator's and the sink's pods, holding the chains' ends
     * @param layout the namespace plan and the pod of each planned namespace
     */
    public record Ip(List<GenericKubernetesResource> networks, List<Pod> trafficPods, Optional<IpLayout> layout) {
        public Ip {
            networks = List.copyOf(networks);
            trafficPods = List.copyOf(trafficPods);
        }

        static Ip none() {
            return new Ip(List.of(), List.of(), Optional.empty());
        }
    }

    /** Every pod of the Test: the SUT's, then the traffic ends' of the ip data plane. */
    public List<Pod> pods() {
        List<Pod> out = new ArrayList<>(sutPods);
        out.addAll(ip.trafficPods());
        return out;
    }

    /** Every object in apply order (namespace or anchor first; what pods refer to before the pods). */
    public List<HasMetadata> all() {
        List<HasMetadata> out = new ArrayList<>();
        namespaceObject.ifPresent(out::add);
        anchor.ifPresent(out::add);
        out.addAll(ip.networks());
        out.addAll(configMaps);
        out.add(networkPolicy);
        out.add(service);
        sinkService.ifPresent(out::add);
        out.addAll(pods());
        return out;
    }
}
