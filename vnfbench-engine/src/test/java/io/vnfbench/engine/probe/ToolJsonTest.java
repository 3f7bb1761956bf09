package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolJsonTest {

    @Test
    void shouldReadObjectsArraysAndScalars() {
        Object root = ToolJson.parse("{\"a\": {\"b\": [1, 2.5e1, \"x\\n\\u0041\", true, null]}, \"c\": -3}");

        assertThat(ToolJson.number(root, "c")).contains(-3.0);
        assertThat(ToolJson.at(root, "a", "b")).contains(java.util.Arrays.asList(1.0, 25.0, "x\nA", true, null));
        assertThat(ToolJson.at(root, "a", "missing")).isEmpty();
        assertThat(ToolJson.parse("{}")).isEqualTo(Map.of());
    }

    @Test
    void shouldRejectBrokenJsonNamingTheOffset() {
        assertThatThrownBy(() -> ToolJson.parse("{\"a\": 1} trailing")).hasMessageContaining("offset 9");
        assertThatThrownBy(() -> ToolJson.parse("{\"a\": ")).hasMessageContaining("end of input");
        assertThatThrownBy(() -> ToolJson.parse("[\"open")).hasMessageContaining("unterminated");
    }
}
