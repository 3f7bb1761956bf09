package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessListenerTest extends ToolContractTest {
    private final String self = String.valueOf(ProcessHandle.current().pid());

    @Override
    protected Tool tool() {
        return new ProcessListener();
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("pid", self, "interval", "0.1", "duration", "0.3");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("pid", self, "interval", "0.1", "duration", "3600");
    }

    @Test
    void shouldSampleCpuAndRssOfAProcess() throws Exception {
        ProbeResult result = tool().run(new ToolContext("1", "mon", tool().withDefaults(validParameters()), null,
                Duration.ofSeconds(10), 1, 1, Targets.none(), new ProcessCommandRunner(), new CancellationToken(),
                Clock.systemUTC()));

        assertThat(result.error()).isNull();
        assertThat(result.metric("mem_rss").orElseThrow().series())
                .allSatisfy(p -> assertThat(Double.parseDouble(p.value())).isGreaterThan(10e6));
        assertThat(result.metric("num_threads").orElseThrow().series())
                .allSatisfy(p -> assertThat(Double.parseDouble(p.value())).isGreaterThan(1));
        assertThat(result.metric("cpu_percent").orElseThrow().unit()).isEqualTo("%");
    }

    @Test
    void shouldNeedExactlyOneSelectorAndParseProcFiles() {
        assertThat(tool().validate(Map.of())).anySatisfy(p -> assertThat(p).contains("exactly one of 'target'"));
        assertThat(tool().validate(Map.of("pid", "1", "name", "java"))).isNotEmpty();
        ProcFs.ProcessTimes times = ProcFs.parseProcessStat(
                "42 (a (weird) name) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 7 0 1000 1 1 1");
        assertThat(times.ticks()).isEqualTo(300);
        assertThat(times.threads()).isEqualTo(7);
    }
}
