package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcFsNetDevTest {
    private static final String NET_DEV = """
            Inter-|   Receive                                                |  Transmit
             face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
            c1n1-in: 5961188   69505    0    3    0     0          0         0      328       4    0    7    0     0       0          0
            """;

    @Test
    void shouldReadPacketsAndDropsPerInterface() {
        Map<String, long[]> counters = ProcFs.parseNetDev(NET_DEV);

        assertThat(counters).containsOnlyKeys("lo", "c1n1-in");
        long[] in = counters.get("c1n1-in");
        assertThat(new long[] {in[1], in[3], in[9], in[11]}).containsExactly(69505, 3, 4, 7);
    }

    @Test
    void shouldRefuseALineWithMissingColumns() {
        assertThatThrownBy(() -> ProcFs.parseNetDev("eth0: 1 2 3\n")).hasMessageContaining("not a /proc/net/dev line");
    }
}
