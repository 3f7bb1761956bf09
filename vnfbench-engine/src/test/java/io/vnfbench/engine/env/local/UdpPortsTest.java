package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class UdpPortsTest {

    @Test
    void shouldParseLocalPortsOfProcNetUdp() {
        String table = """
                   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
                  123: 0100007F:A3F1 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 1 2 0000000000000000 0
                  124: 00000000:0044 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 1 2 0000000000000000 0
                """;

        assertThat(UdpPorts.parseBoundPorts(table)).containsExactlyInAnyOrder(0xA3F1, 0x44);
    }

    @Test
    void shouldSeeABoundSocketAndAllocateDistinctFreePorts() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertThat(UdpPorts.boundPorts()).contains(socket.getLocalPort());
        }
        assertThat(UdpPorts.allocate(InetAddress.getLoopbackAddress(), 5)).doesNotHaveDuplicates().hasSize(5);
    }
}
