package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects every deployment has besides its pods: the NetworkPolicy and the two Services. */
final class NamespaceObjects {

    /** DNS ports the pods may reach anywhere: CoreDNS and NodeLocal DNSCache on 53, OpenShift's DNS on 5353. */
    static final List<Integer> DNS_PORTS = List.of(53, 5353);

    private NamespaceObjects() {
    }

    /**
     * Ingress only from, egress only to, pods of the same deployment; plus DNS to any address on the DNS ports, since
     * where the resolver runs differs by cluster (kube-system CoreDNS, a node-local cache on a link-local address,
     * openshift-dns on 5353).
     */
    static NetworkPolicy networkPolicy(ManifestFactory.Meta meta, String name, Map<String, String> selector) {
        LabelSelector own = new LabelSelectorBuilder().withMatchLabels(selector).build();
        NetworkPolicyPeer peers = new NetworkPolicyPeerBuilder().withPodSelector(own).build();
        List<NetworkPolicyPort> dns = new ArrayList<>();
        for (int port : DNS_PORTS) {
            for (String protocol : List.of("UDP", "TCP")) {
                dns.add(new NetworkPolicyPortBuilder().withProtocol(protocol).withPort(new IntOrString(port)).build());
            }
        }
        return new NetworkPolicyBuilder().withMetadata(meta.of(name, Map.of()))
                .withNewSpec().withPodSelector(own).withPolicyTypes("Ingress", "Egress")
                .addNewIngress().withFrom(peers).endIngress()
                .addNewEgress().withTo(peers).endEgress()
                .addNewEgress().withPorts(dns).endEgress()
                .endSpec().build();
    }

    /** The headless Service giving SUT and agent pods their DNS names {@code <host>.<service>}. */
    static Service headless(ManifestFactory.Meta meta, String name, Map<String, String> selector) {
        return new ServiceBuilder().withMetadata(meta.of(name, Map.of()))
                .withNewSpec().withClusterIP("None").withPublishNotReadyAddresses(true)
                .withSelector(selector).endSpec().build();
    }

    /** One UDP port per chain (20000 + k), routed to the ready prober pods of the first agent. */
    static Optional<Service> sink(ManifestFactory.Meta meta, String name, Map<String, String> selector,
            Map<String, Integer> sinkPorts) {
        if (sinkPorts.isEmpty()) {
            return Optional.empty();
        }
        List<ServicePort> ports = new ArrayList<>();
        sinkPorts.values().stream().sorted().forEach(port -> ports.add(new ServicePortBuilder()
                .withName("c" + (port - Wiring.SINK_PORT)).withProtocol("UDP").withPort(port)
                .withNewTargetPort(port).build()));
        return Optional.of(new ServiceBuilder().withMetadata(meta.of(name, Map.of()))
                .withNewSpec().withSelector(selector).withPorts(ports).endSpec().build());
    }
}
