package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Resources;
import io.vnfbench.engine.model.Scenario;

class ScenarioMapperTest {

    private static Node node(String id, String role, String format, String image, List<String> points,
                             List<Lifecycle> lifecycle, Resources resources) {
        return new Node(id, "internal", image, format, role, resources,
                points.stream().map(p -> new ConnectionPoint(p, null, "internal", null)).toList(), List.of(), lifecycle);
    }

    @Test
    void shouldMapGymStyleScenarioSkippingToolNodes() {
        // given a Gym-like scenario: an agent linked to a process SUT with node:cp link ends
        Scenario scenario = new Scenario(List.of(
                node("d1", "agent", "docker", "raphaelvrosa/gym", List.of("eth1"), List.of(), null),
                node("d2", "sut", "process", null, List.of("input", "output"),
                        List.of(new Lifecycle("start", null, List.of(new Parameter("mode", "fast")),
                                List.of("my-nf", "--in", "{input.port}", "--mode", "{mode}"))),
                        new Resources(new Cpu(2L, "0.5", "0-1"), new Memory(512L, "MB"), null)),
                node("d3", "sut", "builtin", "builtin/forwarder", List.of("a-in", "a-out"), List.of(), null)),
                List.of(new Link("1", null, "E-Line", null, List.of("d1:eth1", "d2:input")),
                        new Link("2", null, "E-Line", null, List.of("d2:output", "a-in"))),
                List.of(), null);

        // when
        ScenarioMapper.Mapped mapped = ScenarioMapper.map(scenario);

        // then
        LocalTopology topology = mapped.topology();
        assertThat(topology.nodes()).extracting(LocalTopology.NodeSpec::id).containsExactly("d2", "d3");
        LocalTopology.NodeSpec d2 = topology.nodes().get(0);
        assertThat(d2.kind()).isEqualTo(LocalTopology.Kind.PROCESS);
        assertThat(d2.command()).containsExactly("my-nf", "--in", "{input.port}", "--mode", "{mode}");
        assertThat(d2.parameters()).containsEntry("mode", "fast");
        assertThat(d2.resources().vcpus()).isEqualTo(2L);
        assertThat(d2.resources().pinning()).isEqualTo("0-1");
        assertThat(d2.resources().memorySize()).isEqualTo(512L);
        assertThat(topology.links()).extracting(LocalTopology.LinkSpec::id).containsExactly("2");
        assertThat(topology.peer("output")).contains("a-in");
        assertThat(mapped.notes()).anySatisfy(n -> assertThat(n).contains("d1", "role agent"))
                .anySatisfy(n -> assertThat(n).contains("link 1"));
    }

    @Test
    void shouldRefuseUnknownImagesAndDuplicatePoints() {
        Scenario unknownImage = new Scenario(List.of(node("x", "sut", "builtin", "builtin/vpp", List.of("p"),
                List.of(), null)), List.of(), List.of(), null);
        Scenario duplicate = new Scenario(List.of(
                node("x", "sut", "builtin", "builtin/forwarder", List.of("p", "q"), List.of(), null),
                node("y", "sut", "builtin", "builtin/forwarder", List.of("p", "r"), List.of(), null)),
                List.of(), List.of(), null);

        assertThatThrownBy(() -> ScenarioMapper.map(unknownImage)).hasMessageContaining("not 'builtin/vpp'")
                .hasMessageContaining("builtin/router");
        assertThatThrownBy(() -> ScenarioMapper.map(duplicate)).hasMessageContaining("connection point 'p'");
    }
}
