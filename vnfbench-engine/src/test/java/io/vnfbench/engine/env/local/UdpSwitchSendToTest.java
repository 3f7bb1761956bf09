package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The switch's peer behind a service address whose backends come and go: a peer the kernel refuses to connect to (a
 * broadcast address without SO_BROADCAST gives EACCES at connect, as a load balancer with no backend gives
 * EHOSTUNREACH) stops a switch that connects ({@code --peer}), while {@code --send-to} keeps it forwarding the other
 * ports and drops only what cannot be sent.
 */
class UdpSwitchSendToTest {

    @Test
    void shouldKeepServingWhenAServicePeerCannotBeReached() throws Exception {
        // given
        try (DatagramSocket in = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket back = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int a = free();
            int b = free();
            int c = free();
            back.setSoTimeout(5000);
            // a -> b goes to the unreachable service; c -> a goes back to the test
            Process sw = start("--port", "a=127.0.0.1:" + a, "--port", "b=127.0.0.1:" + b, "--port",
                    "c=127.0.0.1:" + c, "--send-to", "b=255.255.255.255:9", "--peer", "a=127.0.0.1:"
                            + back.getLocalPort(), "--xconnect", "a>b c>a");
            try {
                // when
                assertThat(readyLine(sw)).isEqualTo("vnfbench-nf-ready");
                for (int i = 0; i < 50; i++) {
                    in.send(packet("to-service", a));
                }
                in.send(packet("still-forwarding", c));
                DatagramPacket got = new DatagramPacket(new byte[64], 64);
                back.receive(got);

                // then
                assertThat(new String(got.getData(), 0, got.getLength(), StandardCharsets.UTF_8))
                        .isEqualTo("still-forwarding");
                assertThat(sw.isAlive()).isTrue();
            } finally {
                sw.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }

            // and: connected to the same peer, the switch does not even start
            Process connected = start("--port", "a=127.0.0.1:" + a, "--port", "b=127.0.0.1:" + b, "--peer",
                    "b=255.255.255.255:9", "--xconnect", "a>b");
            assertThat(connected.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(connected.exitValue()).isNotZero();
        }
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), UdpSwitch.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String readyLine(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return r.readLine();
    }

    private static DatagramPacket packet(String text, int port) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), port);
    }

    private static int free() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }
}
