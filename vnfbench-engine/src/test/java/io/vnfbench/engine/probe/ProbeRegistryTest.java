package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeRegistryTest {

    @Test
    void shouldFindTheNoopProberThroughServiceLoader() {
        ProbeRegistry registry = ProbeRegistry.load();

        assertThat(registry.prober("noop")).get().isInstanceOf(NoopProber.class);
        assertThat(registry.names(ToolKind.PROBER)).contains("noop");
    }

    @Test
    void shouldNameTheInstalledToolsWhenOneIsUnknown() {
        ProbeRegistry registry = ProbeRegistry.of(List.of(new NoopProber()));

        List<String> problems = registry.validate(ToolKind.PROBER, "containernet-ping", Map.of());

        assertThat(problems).singleElement().asString().contains("containernet-ping").contains("[noop]");
    }

    @Test
    void shouldReportUnknownParametersOfAKnownTool() {
        ProbeRegistry registry = ProbeRegistry.of(List.of(new NoopProber()));

        assertThat(registry.validate(ToolKind.PROBER, "noop", Map.of("rate", "1G")))
                .singleElement().asString().contains("'rate'");
        assertThat(registry.validate(ToolKind.LISTENER, "noop", Map.of())).hasSize(1);
    }

    @Test
    void shouldTurnAThrowingToolIntoAnErrorResult() throws Exception {
        Prober throwing = new Prober() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of();
            }

            @Override
            public ProbeResult run(ToolContext context) {
                throw new IllegalStateException("garbage output");
            }
        };
        ToolInvocation invocation = new ToolInvocation(ToolKind.PROBER, "boom", "1", "agent-1", Map.of(), null,
                Duration.ofSeconds(1), 1, 1, new CancellationToken());

        try (ProcessCommandRunner commands = new ProcessCommandRunner()) {
            ProbeResult result = invocation.runLocally(ProbeRegistry.of(List.of(throwing)), Targets.none(), commands,
                    Clock.systemUTC());

            assertThat(result.error()).contains("garbage output");
        }
    }
}
