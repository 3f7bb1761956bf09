package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuAffinityTest {

    @Test
    void shouldParseCpuLists() {
        assertThat(CpuAffinity.parseCpuList("0-3,6, 8-9")).containsExactly(0, 1, 2, 3, 6, 8, 9);
        assertThatThrownBy(() -> CpuAffinity.parseCpuList("3-1")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> CpuAffinity.parseCpuList("one")).hasMessageContaining("not a CPU list");
    }

    @Test
    void shouldPinWithTasksetAndSpreadVcpusRoundRobin() {
        CpuAffinity affinity = new CpuAffinity(List.of(0, 1, 2), Optional.of("/usr/bin/taskset"));
        List<String> warnings = new ArrayList<>();

        assertThat(affinity.prefix("a", null, "1-2", warnings)).containsExactly("/usr/bin/taskset", "-c", "1,2");
        assertThat(affinity.prefix("b", 2L, null, warnings)).containsExactly("/usr/bin/taskset", "-c", "0,1");
        assertThat(affinity.prefix("c", 2L, null, warnings)).containsExactly("/usr/bin/taskset", "-c", "0,2");
        assertThat(affinity.prefix("d", null, null, warnings)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldWarnForEveryRequestItCannotHonour() {
        List<String> warnings = new ArrayList<>();
        CpuAffinity without = new CpuAffinity(List.of(0, 1), Optional.empty());
        CpuAffinity with = new CpuAffinity(List.of(0, 1), Optional.of("taskset"));

        assertThat(without.prefix("nf1", 1L, null, warnings)).isEmpty();
        assertThat(with.prefix("nf2", null, "4-5", warnings)).isEmpty();
        assertThat(with.prefix("nf3", 8L, null, warnings)).containsExactly("taskset", "-c", "0,1");

        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).contains("nf1", "taskset is missing");
        assertThat(warnings.get(1)).contains("nf2", "[4, 5]", "not available");
        assertThat(warnings.get(2)).contains("nf3", "vcpus=8 exceeds");
    }
}
