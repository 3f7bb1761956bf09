package io.vnfbench.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.VnfBd;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChainExpanderTest {

    private static VnfBd bd(long count, long nfs, String topology, List<Node> nodes) {
        return new VnfBd(null, null, null, null, null, null,
                new Scenario(nodes, null, null, new Chains(count, nfs, topology, null, null)), null);
    }

    private static Set<String> linkPairs(Scenario s) {
        return s.links().stream().map(Link::connectionPoints).map(cp -> cp.get(0) + "->" + cp.get(1))
                .collect(Collectors.toSet());
    }

    @Test
    void shouldSendEveryHopOfASnakeThroughTheSwitch() {
        Scenario s = ChainExpander.expand(bd(2, 3, "snake", List.of())).scenario();

        assertThat(s.nodes()).extracting(Node::id).containsExactly("c1n1", "c1n2", "c1n3", "c2n1", "c2n2", "c2n3", "sw");
        assertThat(s.links()).hasSize(2 * 3 * 2);
        assertThat(linkPairs(s)).contains("sw-c1n2-in->c1n2-in", "c1n2-out->sw-c1n2-out");
        Node sw = s.node("sw").orElseThrow();
        assertThat(sw.workflow("configure").orElseThrow().parameter("xconnect")).contains(
                "c1-ingress>sw-c1n1-in sw-c1n1-out>sw-c1n2-in sw-c1n2-out>sw-c1n3-in sw-c1n3-out>c1-egress"
                        + " c2-ingress>sw-c2n1-in sw-c2n1-out>sw-c2n2-in sw-c2n2-out>sw-c2n3-in sw-c2n3-out>c2-egress");
    }

    @Test
    void shouldWireAPipelineNfToNfWithTheSwitchOnlyAtTheEnds() {
        Scenario s = ChainExpander.expand(bd(1, 3, "pipeline", List.of())).scenario();

        assertThat(linkPairs(s)).containsExactlyInAnyOrder("sw-c1n1-in->c1n1-in", "c1n1-out->c1n2-in",
                "c1n2-out->c1n3-in", "c1n3-out->sw-c1n3-out");
        assertThat(s.node("sw").orElseThrow().connectionPoints()).extracting(cp -> cp.id())
                .containsExactlyInAnyOrder("c1-ingress", "c1-egress", "sw-c1n1-in", "sw-c1n3-out");
        assertThat(s.node("sw").orElseThrow().workflow("configure").orElseThrow().parameter("xconnect"))
                .contains("c1-ingress>sw-c1n1-in sw-c1n3-out>c1-egress");
    }

    @Test
    void shouldKeepEveryConnectionPointIdUniqueAndEveryLinkEndExisting() {
        Scenario s = ChainExpander.expand(bd(8, 8, "snake", List.of())).scenario();

        List<String> points = s.nodes().stream().flatMap(n -> n.connectionPoints().stream()).map(cp -> cp.id()).toList();
        assertThat(points).doesNotHaveDuplicates();
        assertThat(s.links().stream().flatMap(l -> l.connectionPoints().stream())).allMatch(points::contains);
    }

    @Test
    void shouldRefuseGeneratedIdsThatCollideWithExistingNodes() {
        Node sw = new Node("sw", null, null, null, "agent", null, null, null, null);

        assertThatThrownBy(() -> ChainExpander.expand(bd(1, 1, "snake", List.of(sw))))
                .hasMessageContaining("node id 'sw'");
    }

    @Test
    void shouldCheckCountsAndTopology() {
        assertThat(ChainExpander.check(new Chains(0L, 1L, "snake", null, null))).contains("count");
        assertThat(ChainExpander.check(new Chains(1L, 1L, "mesh", null, null))).contains("snake or pipeline");
        assertThat(ChainExpander.check(new Chains(1L, 1L, "Pipeline", null, null))).isNull();
    }

    @Test
    void shouldDescribeTheChainsItExpandedSoEnvironmentsNeedNoNodeIds() {
        VnfBd expanded = ChainExpander.expand(bd(2, 2, "pipeline", List.of()));

        ChainLayout layout = ChainLayout.of(expanded.scenario()).orElseThrow();

        assertThat(layout.isPipeline()).isTrue();
        assertThat(layout.chains()).extracting(ChainLayout.Chain::index).containsExactly(1, 2);
        ChainLayout.Chain second = layout.chains().get(1);
        Node sw = expanded.scenario().node(layout.switchId()).orElseThrow();
        assertThat(sw.connectionPoints()).extracting(cp -> cp.id()).contains(second.ingress(), second.egress());
        for (ChainLayout.Nf nf : second.nfs()) {
            Node node = expanded.scenario().node(nf.id()).orElseThrow();
            assertThat(node.connectionPoints()).extracting(cp -> cp.id()).containsExactly(nf.in(), nf.out());
            assertThat(node.relationships()).anySatisfy(r -> assertThat(r.target()).isEqualTo("c2"));
            assertThat(layout.chainOf(nf.id())).contains(second);
        }
        assertThat(layout.chainLeavingAt(second.egress())).contains(second);
        assertThat(layout.chainOf(layout.switchId())).isEmpty();
        assertThat(ChainLayout.of(new Scenario(List.of(), null, null, null))).isEmpty();
    }
}
