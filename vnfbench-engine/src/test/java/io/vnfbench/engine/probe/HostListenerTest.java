package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostListenerTest extends ToolContractTest {

    @Override
    protected Tool tool() {
        return new HostListener();
    }

    @Override
    protected Map<String, String> validParameters() {
        return Map.of("interval", "0.1", "duration", "0.3");
    }

    @Override
    protected Map<String, String> longRunningParameters() {
        return Map.of("interval", "0.1", "duration", "3600");
    }

    @Test
    void shouldSampleCpuAndMemoryAsSeries() throws Exception {
        ProbeResult result = tool().run(new ToolContext("1", "mon", tool().withDefaults(validParameters()), null,
                Duration.ofSeconds(10), 1, 1, Targets.none(), new ProcessCommandRunner(), new CancellationToken(),
                Clock.systemUTC()));

        assertThat(result.error()).isNull();
        assertThat(result.metric("cpu_percent").orElseThrow().series()).hasSize(3)
                .allSatisfy(p -> assertThat(Double.parseDouble(p.value())).isBetween(0.0, 100.0));
        assertThat(result.metric("used_mem").orElseThrow().unit()).isEqualTo("bytes");
        assertThat(result.metric("mem_percent").orElseThrow().series()).hasSize(3);
    }

    @Test
    void shouldParseProcStat() {
        ProcFs.CpuTimes earlier = ProcFs.parseStat("cpu  100 0 100 800 0 0 0 0 0 0\ncpu0 1 2 3 4\n");
        ProcFs.CpuTimes later = ProcFs.parseStat("cpu  150 0 150 900 0 0 0 0 0 0\n");

        assertThat(later.percentSince(earlier)).isEqualTo(50.0);
        assertThat(ProcFs.meminfo("MemTotal:       16384 kB\nMemAvailable:    8192 kB\n", "MemAvailable"))
                .hasValue(8192L * 1024);
    }
}
