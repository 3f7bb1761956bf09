package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load's senders reach a chain whose ingress is another host's address, as in a pod where the ingress is the
 * switch pod's IP: here a network namespace behind a veth pair, with socat relaying the datagrams back to the
 * egress on this side. Needs root and ip(8); under CI=true a missing tool fails the test.
 */
class UdpLoadNonLocalIngressTest {

    private final List<String> cleanup = new ArrayList<>();
    private Process relay;
    private String netns;
    private String hostIp;
    private String nsIp;

    @BeforeEach
    void namespaceBehindAVeth() throws Exception {
        InstalledTool.require("ip", "iproute2");
        InstalledTool.require("socat", "socat");
        boolean root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes())
                .trim());
        if (!root && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but not root: .ci/run runs as root");
        }
        assumeTrue(root, "network namespaces need root");
        String id = Long.toString(ProcessHandle.current().pid(), 36) + Integer.toString(
                ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        netns = "vnfbt-" + id;
        int octet = ThreadLocalRandom.current().nextInt(64) * 4;
        int third = 100 + ThreadLocalRandom.current().nextInt(100);
        hostIp = "169.254." + third + "." + (octet + 1);
        nsIp = "169.254." + third + "." + (octet + 2);
        sh("ip", "netns", "add", netns);
        cleanup.add(0, "ip netns del " + netns);
        sh("ip", "link", "add", "vbh" + id, "type", "veth", "peer", "name", "vbn" + id);
        cleanup.add(0, "ip link del vbh" + id);
        sh("ip", "link", "set", "vbn" + id, "netns", netns);
        sh("ip", "addr", "add", hostIp + "/30", "dev", "vbh" + id);
        sh("ip", "link", "set", "vbh" + id, "up");
        sh("ip", "netns", "exec", netns, "ip", "addr", "add", nsIp + "/30", "dev", "vbn" + id);
        sh("ip", "netns", "exec", netns, "ip", "link", "set", "vbn" + id, "up");
        sh("ip", "netns", "exec", netns, "ip", "link", "set", "lo", "up");
    }

    @AfterEach
    void removeNamespace() throws Exception {
        if (relay != null) {
            relay.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        for (String command : cleanup) {
            new ProcessBuilder(command.split(" ")).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldSendToAnIngressThatIsNotALocalAddress() throws Exception {
        // given: what arrives at the ingress in the namespace goes back to the egress on this side
        int egressPort = freeUdpPort();
        relay = new ProcessBuilder("ip", "netns", "exec", netns, "socat", "-u", "-b", "65536",
                "UDP4-RECV:7000,reuseaddr", "UDP4-SENDTO:" + hostIp + ":" + egressPort)
                .redirectErrorStream(true).start();
        awaitListening(7000);
        UdpLoad load = new UdpLoad(List.of(new UdpLoad.Chain(new InetSocketAddress(nsIp, 7000),
                new InetSocketAddress(hostIp, egressPort))), () -> false);

        // when
        UdpLoad.Outcome outcome = load.run(new UdpLoad.Stimulus(2_000, 0, 64, Duration.ofMillis(500), 2,
                Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(2)));

        // then
        assertThat(outcome.txPackets()).isGreaterThan(500);
        assertThat(outcome.rxPackets()).isGreaterThan(outcome.txPackets() / 2);
    }

    private void awaitListening(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Process p = new ProcessBuilder("ip", "netns", "exec", netns, "ss", "-Huln", "sport", "= :" + port)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(5, TimeUnit.SECONDS);
            if (!out.isBlank()) {
                return;
            }
            assertThat(relay.isAlive()).as("socat relay in " + netns).isTrue();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("socat did not listen on " + nsIp + ":" + port + " within 10 s");
    }

    private static int freeUdpPort() throws IOException {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
    }
}
