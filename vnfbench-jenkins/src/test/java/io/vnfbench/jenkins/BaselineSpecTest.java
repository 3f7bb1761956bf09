package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaselineSpecTest {

    @Test
    void shouldParseEveryForm() {
        assertThat(BaselineSpec.parse("lastPassing").kind()).isEqualTo(BaselineSpec.Kind.LAST_PASSING);
        assertThat(BaselineSpec.parse(null).kind()).isEqualTo(BaselineSpec.Kind.LAST_PASSING);
        assertThat(BaselineSpec.parse("median:5")).isEqualTo(new BaselineSpec(BaselineSpec.Kind.MEDIAN, 5, ""));
        assertThat(BaselineSpec.parse("build:42")).isEqualTo(new BaselineSpec(BaselineSpec.Kind.BUILD, 42, ""));
        assertThat(BaselineSpec.parse("file:base/vnf-br.json").file()).contains("base/vnf-br.json");
        assertThat(BaselineSpec.parse(" TargetBranch ").kind()).isEqualTo(BaselineSpec.Kind.TARGET_BRANCH);
    }

    @Test
    void shouldRoundTripThroughItsTextForm() {
        for (String s : new String[] {"lastPassing", "median:3", "build:7", "file:a/b.json", "targetBranch"}) {
            assertThat(BaselineSpec.parse(s).toString()).isEqualTo(s);
        }
    }

    @Test
    void shouldRejectMalformedBaselinesNamingTheAcceptedForms() {
        assertThatThrownBy(() -> BaselineSpec.parse("latest")).hasMessageContaining("lastPassing, median:N, build:NUMBER");
        assertThatThrownBy(() -> BaselineSpec.parse("median:0")).hasMessageContaining("not a positive whole number");
        assertThatThrownBy(() -> BaselineSpec.parse("median:x")).hasMessageContaining("not a positive whole number");
        assertThatThrownBy(() -> BaselineSpec.parse("median:51")).hasMessageContaining("at most 50");
        assertThatThrownBy(() -> BaselineSpec.parse("build:")).hasMessageContaining("build number");
        assertThatThrownBy(() -> BaselineSpec.parse("file:")).hasMessageContaining("workspace-relative path");
        assertThatThrownBy(() -> BaselineSpec.parse("lastPassing:3")).hasMessageContaining("takes no argument");
    }
}
