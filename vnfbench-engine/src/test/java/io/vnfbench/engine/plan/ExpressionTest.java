package io.vnfbench.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    @Test
    void shouldEvaluateArithmeticComparisonAndLogic() {
        Expression budget = Expression.parse("chains * nfs * 2 + 4 <= 52");

        assertThat(budget.test(Map.of("chains", "4", "nfs", "4"))).isTrue();
        assertThat(budget.test(Map.of("chains", "8", "nfs", "4"))).isFalse();
        assertThat(budget.names()).containsExactly("chains", "nfs");
        assertThat(Expression.parse("not (a == 'x') and (b % 2 == 0 or b > 10)").test(Map.of("a", "y", "b", "4"))).isTrue();
        assertThat(Expression.parse("-a + 3 == 1").test(Map.of("a", "2"))).isTrue();
        assertThat(Expression.parse("topology == \"snake\" && nfs >= 2").test(Map.of("topology", "snake", "nfs", "2"))).isTrue();
    }

    @Test
    void shouldCompareNumbersNumericallyAndTextAsText() {
        assertThat(Expression.parse("a == 2").test(Map.of("a", "2.0"))).isTrue();
        assertThat(Expression.parse("a == 'v1'").test(Map.of("a", "v1"))).isTrue();
    }

    @Test
    void shouldExplainParseErrorsWithCharacterPosition() {
        assertThatThrownBy(() -> Expression.parse("a <= ")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Expression.parse("a ; b")).hasMessageContaining("character 3");
        assertThatThrownBy(() -> Expression.parse("(a")).hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> Expression.parse("'open")).hasMessageContaining("unterminated");
    }

    @Test
    void shouldRefuseNonBooleanResultsAndTypeMismatches() {
        assertThatThrownBy(() -> Expression.parse("a + 1").test(Map.of("a", "1"))).hasMessageContaining("not true or false");
        assertThatThrownBy(() -> Expression.parse("a < 3").test(Map.of("a", "x"))).hasMessageContaining("needs numbers");
    }

    @Test
    void shouldOfferNoWayToCallCode() {
        assertThatThrownBy(() -> Expression.parse("java.lang.Runtime.getRuntime()")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Expression.parse("f(1)").test(Map.of("f", "1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
