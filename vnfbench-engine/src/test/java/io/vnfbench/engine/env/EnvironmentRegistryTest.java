package io.vnfbench.engine.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentRegistryTest {

    private static ExecutionEnvironmentProvider provider(String type) {
        return new ExecutionEnvironmentProvider() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public String description() {
                return type + " for tests";
            }

            @Override
            public ExecutionEnvironment create(EnvironmentSettings settings) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void shouldUseLocalWhenNoTypeIsNamed() {
        EnvironmentRegistry registry = EnvironmentRegistry.of(List.of(provider("kubernetes"), provider("local")));

        assertThat(registry.require(null).type()).isEqualTo("local");
        assertThat(registry.require(" ").type()).isEqualTo("local");
        assertThat(registry.require("kubernetes").type()).isEqualTo("kubernetes");
    }

    @Test
    void shouldNameTheInstalledTypesForAnUnknownOne() {
        EnvironmentRegistry registry = EnvironmentRegistry.of(List.of(provider("local"), provider("kubernetes")));

        assertThatThrownBy(() -> registry.require("containernet"))
                .isInstanceOf(UnknownEnvironmentException.class)
                .hasMessageContaining("'containernet'")
                .hasMessageContaining("[kubernetes, local]");
    }

    @Test
    void shouldLoadWithoutFailingWhenProvidersAreRegistered() {
        assertThat(EnvironmentRegistry.load().types()).doesNotContainNull();
    }
}
