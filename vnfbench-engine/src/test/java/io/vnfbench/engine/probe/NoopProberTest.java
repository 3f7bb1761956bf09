package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoopProberTest extends ToolContractTest {

    @Override
    protected Tool tool() {
        return new NoopProber();
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("value", "42");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("delay_ms", "600000");
    }

    @Test
    void shouldReturnTheConfiguredValue() throws Exception {
        ProbeResult result = tool().run(context(Map.of("value", "42"), Duration.ofSeconds(5), new CancellationToken()));

        assertThat(result.error()).isNull();
        assertThat(result.metric("noop")).get().extracting(Measurement::scalarAsDouble).isEqualTo(42.0);
    }

    @Test
    void shouldFailOnRequest() throws Exception {
        ProbeResult result = tool().run(context(Map.of("fail", "true"), Duration.ofSeconds(5), new CancellationToken()));

        assertThat(result.error()).contains("fail=true");
        assertThat(result.metrics()).isEmpty();
    }

    @Test
    void shouldRejectADelayThatIsNotANumber() {
        assertThat(tool().validate(Map.of("delay_ms", "soon"))).singleElement().asString().contains("delay_ms");
    }
}
