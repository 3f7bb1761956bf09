package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The namespaces data plane as planned, before anything is created: names, segments, addresses, routes. */
class NamespacePlanTest {

    @Test
    void shouldGiveASnakeABridgePerHopAndRouteEveryNfToItsNextHop() {
        NamespacePlan plan = NamespacePlan.of(ChainFixtures.chains("snake", 1, 2, LocalTopology.Kind.ROUTER), true);

        assertThat(plan.namespaces()).containsExactly("sw", "c1n1", "c1n2", "_generator", "_sink");
        assertThat(plan.bridges()).containsExactly(
                new NamespacePlan.Bridge("sw", "xc1", List.of("c1-ingress", "sw-c1n1-in")),
                new NamespacePlan.Bridge("sw", "xc2", List.of("sw-c1n1-out", "sw-c1n2-in")),
                new NamespacePlan.Bridge("sw", "xc3", List.of("sw-c1n2-out", "c1-egress")));
        assertThat(plan.chains()).singleElement().satisfies(chain -> {
            assertThat(chain.generator().cidr()).isEqualTo("10.0.0.1/30");
            assertThat(chain.sink().cidr()).isEqualTo("10.0.0.10/30");
            assertThat(chain.hops()).extracting(h -> h.node() + " " + h.in().cidr() + " " + h.out().cidr())
                    .containsExactly("c1n1 10.0.0.2/30 10.0.0.5/30", "c1n2 10.0.0.6/30 10.0.0.9/30");
        });
        assertThat(plan.configureCommands().get("c1n1")).containsExactly(
                "link set c1n1-in up",
                "link set c1n1-out up",
                "addr add 10.0.0.2/30 dev c1n1-in",
                "addr add 10.0.0.5/30 dev c1n1-out",
                "neigh replace 10.0.0.1 lladdr 02:76:6e:00:00:0b dev c1n1-in nud permanent",
                "neigh replace 10.0.0.6 lladdr 02:76:6e:00:00:09 dev c1n1-out nud permanent",
                "route add 10.0.0.8/30 via 10.0.0.6 dev c1n1-out");
        assertThat(plan.routes()).filteredOn(r -> !r.namespace().startsWith("c1n1")).extracting(r ->
                r.namespace() + ": " + r.prefix() + " via " + r.via() + " dev " + r.dev()).containsExactly(
                "_generator: 10.0.0.4/30 via 10.0.0.2 dev c1-tx",
                "_generator: 10.0.0.8/30 via 10.0.0.2 dev c1-tx",
                "c1n2: 10.0.0.0/30 via 10.0.0.5 dev c1n2-in",
                "_sink: 10.0.0.0/30 via 10.0.0.9 dev c1-rx",
                "_sink: 10.0.0.4/30 via 10.0.0.9 dev c1-rx");
        assertThat(plan.configureCommands().get("sw")).startsWith("link add xc1 type bridge", "link set xc1 up")
                .contains("link set sw-c1n2-in master xc2").noneMatch(line -> line.startsWith("addr"));
        assertThat(plan.linkCommands(Map.of("sw", 11L, "c1n1", 12L, "c1n2", 13L, "_generator", 14L, "_sink", 15L))
                .get("_generator")).containsExactly("link add c1-tx address 02:76:6e:00:00:0b type veth peer name "
                + "c1-ingress address 02:76:6e:00:00:01 netns 11");
        assertThat(plan.sysctls("c1n1")).containsEntry("net.ipv4.ip_forward", "1")
                .containsEntry("net.ipv6.conf.default.disable_ipv6", "1");
        assertThat(plan.sysctls("_sink")).containsEntry("net.ipv4.ip_forward", "0");
    }

    @Test
    void shouldLinkPipelineNfsDirectlyAndKeepChainsApart() {
        NamespacePlan plan = NamespacePlan.of(ChainFixtures.chains("pipeline", 2, 2, LocalTopology.Kind.ROUTER), false);

        NamespacePlan.Interface out = plan.interfaceOf("c2n1-out").orElseThrow();
        assertThat(plan.vethPeer(out).orElseThrow().connectionPoint()).isEqualTo("c2n2-in");
        assertThat(plan.neighboursOf(out)).extracting(NamespacePlan.Interface::connectionPoint).containsExactly("c2n2-in");
        assertThat(plan.chains()).hasSize(2);
        assertThat(plan.chains().get(1).generator().name()).isEqualTo("c2-tx");
        assertThat(plan.chains().get(1).hops()).extracting(NamespacePlan.Hop::node).containsExactly("c2n1", "c2n2");
        assertThat(plan.bridges()).hasSize(4);
        assertThat(plan.sysctls("c1n1")).doesNotContainKey("net.ipv6.conf.all.disable_ipv6");
        // chain 2's routes use chain 2's interfaces only
        assertThat(plan.routes()).filteredOn(r -> r.namespace().equals("_generator"))
                .extracting(NamespacePlan.Route::dev).containsOnly("c1-tx", "c2-tx");
        assertThat(plan.routes()).filteredOn(r -> r.namespace().equals("_generator") && r.dev().equals("c2-tx"))
                .allSatisfy(r -> assertThat(r.via()).isEqualTo(plan.interfaceOf("c2n1-in").orElseThrow().ip()));
    }

    @Test
    void shouldResolveReferencesToTheAddressesToolsReach() {
        NamespacePlan plan = NamespacePlan.of(ChainFixtures.chains("snake", 1, 2, LocalTopology.Kind.ROUTER), true);
        Predicate<String> isNode = plan.namespaces()::contains;

        // a connection point, with or without its node
        assertThat(plan.addressOf("c1-egress", isNode)).contains("10.0.0.10");
        assertThat(plan.addressOf("c1n2:c1n2-in", isNode)).contains("10.0.0.6");
        // a switch port has no address of its own: the NF's end of its veth answers
        assertThat(plan.addressOf("sw:sw-c1n2-in", isNode)).contains("10.0.0.6");
        // a node: its first addressed interface; the traffic ends and unknown names resolve to nothing
        assertThat(plan.addressOf("c1n1", isNode)).contains("10.0.0.2");
        assertThat(plan.addressOf("_sink", isNode)).isEmpty();
        assertThat(plan.addressOf("c9n9", isNode)).isEmpty();
        // a prefix that is not a node stays part of the name
        assertThat(plan.addressOf("nonode:c1-egress", isNode)).isEmpty();

        assertThat(plan.describeInterfaces("c1n1")).isEqualTo("c1n1-in 10.0.0.2/30, c1n1-out 10.0.0.5/30");
        assertThat(plan.describeInterfaces("sw")).contains("sw-c1n2-in (bridge port)");
    }

    @Test
    void shouldRefuseWhatItCannotRouteNamingTheNodeOrChain() {
        LocalTopology forwarders = ChainFixtures.chains("snake", 1, 1, LocalTopology.Kind.FORWARDER);
        assertThatThrownBy(() -> NamespacePlan.of(forwarders, true))
                .hasMessageStartingWith("node c1n1: builtin/forwarder is the loopback data plane's UDP relay");

        LocalTopology threePoints = LocalTopology.of(List.of(
                new LocalTopology.NodeSpec("sw", LocalTopology.Kind.SWITCH, List.of("c1-ingress", "c1-egress", "a", "b"),
                        List.of(), "c1-ingress>a b>c1-egress", Map.of(), null),
                new LocalTopology.NodeSpec("n", LocalTopology.Kind.ROUTER, List.of("n-in", "n-out", "n-mgmt"), List.of(),
                        null, Map.of(), null)),
                List.of(new LocalTopology.LinkSpec("1", "a", "n-in"), new LocalTopology.LinkSpec("2", "n-out", "b")));
        assertThatThrownBy(() -> NamespacePlan.of(threePoints, true)).hasMessage("node n has 3 connection points; the "
                + "namespaces data plane routes a chain through nodes with two (in and out)");

        LocalTopology deadEnd = LocalTopology.of(List.of(
                new LocalTopology.NodeSpec("sw", LocalTopology.Kind.SWITCH, List.of("c1-ingress", "c1-egress", "a"),
                        List.of(), "c1-ingress>a", Map.of(), null),
                new LocalTopology.NodeSpec("n", LocalTopology.Kind.ROUTER, List.of("n-in", "n-out"), List.of(), null,
                        Map.of(), null)),
                List.of(new LocalTopology.LinkSpec("1", "a", "n-in")));
        assertThatThrownBy(() -> NamespacePlan.of(deadEnd, true))
                .hasMessage("chain c1: the link from node n connection point n-out reaches no other node");

        LocalTopology badForward = LocalTopology.of(List.of(
                new LocalTopology.NodeSpec("n", LocalTopology.Kind.PROCESS, List.of("n-in", "n-out"), List.of("true"),
                        null, Map.of("ip_forward", "yes"), null)), List.of());
        assertThatThrownBy(() -> NamespacePlan.of(badForward, true))
                .hasMessage("node n: parameter ip_forward must be 0 or 1, got 'yes'");
    }

    @Test
    void shouldNameInterfacesAfterConnectionPointsWhereTheKernelAllowsIt() {
        LocalTopology topology = LocalTopology.of(List.of(
                new LocalTopology.NodeSpec("n", LocalTopology.Kind.ROUTER,
                        List.of("a-connection-point-too-long", "eth0:1"), List.of(), null, Map.of(), null)), List.of());

        NamespacePlan plan = NamespacePlan.of(topology, true);

        assertThat(plan.interfaces()).filteredOn(i -> "n".equals(i.namespace()))
                .extracting(NamespacePlan.Interface::name).containsExactly("if0", "if1");
    }
}
