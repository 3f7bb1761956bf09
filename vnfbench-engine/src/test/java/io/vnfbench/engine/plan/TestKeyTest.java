package io.vnfbench.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.VariableValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestKeyTest {

    @Test
    void shouldSortNamesAndParseTheKeyBackToItsVariables() {
        // given
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("topology", "snake");
        vars.put("chains", "1");

        // when
        String key = TestKey.of(vars);

        // then
        assertThat(key).isEqualTo("chains=1,topology=snake");
        assertThat(TestKey.parse(key)).containsExactly(Map.entry("chains", "1"), Map.entry("topology", "snake"));
    }

    @Test
    void shouldEscapeWhatWouldMakeAKeyAmbiguousAndDecodeItBack() {
        // given
        Map<String, String> vars = Map.of("a,b", "x=1", "pct", "50%", "nl", "two\nlines", "utf", "µs");

        // when
        String key = TestKey.of(vars);

        // then
        assertThat(key).isEqualTo("a%2Cb=x%3D1,nl=two%0Alines,pct=50%25,utf=µs");
        assertThat(TestKey.parse(key)).isEqualTo(vars);
    }

    @Test
    void shouldNameAnOutputWithoutVariablesDefaultAndParseDefaultAsNoVariables() {
        // given
        Output plain = new Output("1", List.of(), null, null);
        Output varied = new Output("2", List.of(new VariableValue("nfs", "2")), null, null);

        // then
        assertThat(TestKey.of(plain)).isEqualTo(TestKey.NO_VARIABLES).isEqualTo("default");
        assertThat(TestKey.parse(TestKey.of(plain))).isEmpty();
        assertThat(TestKey.of(varied)).isEqualTo("nfs=2");
    }
}
