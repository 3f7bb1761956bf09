package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossConnectTest {

    @Test
    void shouldParsePairsInOrder() {
        assertThat(CrossConnect.parse(" c1-ingress>sw-c1n1-in  sw-c1n1-out>c1-egress "))
                .containsExactly(java.util.Map.entry("c1-ingress", "sw-c1n1-in"),
                        java.util.Map.entry("sw-c1n1-out", "c1-egress"));
    }

    @Test
    void shouldRejectMalformedAndRepeatedSources() {
        assertThatThrownBy(() -> CrossConnect.parse("a>b>c")).hasMessageContaining("'a>b>c'");
        assertThatThrownBy(() -> CrossConnect.parse("a>")).hasMessageContaining("from>to");
        assertThatThrownBy(() -> CrossConnect.parse("a>b a>c")).hasMessageContaining("'a' as a source twice");
    }

    @Test
    void shouldRejectUnknownPointsAndTargetsWithoutPeer() {
        assertThatThrownBy(() -> CrossConnect.check(CrossConnect.parse("a>x"), List.of("a", "b"), List.of("b")))
                .hasMessageContaining("unknown connection point 'x'");
        assertThatThrownBy(() -> CrossConnect.check(CrossConnect.parse("a>b"), List.of("a", "b"), List.of()))
                .hasMessageContaining("'b' has no link");
    }
}
