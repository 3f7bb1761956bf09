package io.vnfbench.kubernetes;

import io.vnfbench.engine.probe.Targets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Waits, in the prober's pod, until every chain delivers: a datagram sent to a chain's ingress comes back on this
 * pod's egress port. The pod is new each Trial, so the sink Service's endpoint for it (and on some clusters the NFs'
 * view of it) appears only after the pod is Ready; measuring before that would count the start-up as loss.
 */
final class ChainPath {

    private static final byte[] PROBE = "vnfbench-path-check".getBytes(StandardCharsets.US_ASCII);

    private ChainPath() {
    }

    /** Empty when every chain delivered within the bound, else which chains did not. */
    static Optional<String> await(List<Targets.Chain> chains, Duration bound) {
        List<String> silent = new ArrayList<>();
        long deadline = System.nanoTime() + bound.toNanos();
        for (Targets.Chain chain : chains) {
            if (!delivers(chain, deadline)) {
                silent.add("chain " + chain.index() + " (" + chain.ingress() + " -> port " + chain.egress().port()
                        + ")");
            }
        }
        return silent.isEmpty() ? Optional.empty() : Optional.of("no datagram came through " + String.join(", ", silent)
                + " within " + bound.toSeconds() + " s: an NF, the switch or the sink Service does not forward");
    }

    private static boolean delivers(Targets.Chain chain, long deadline) {
        try (DatagramChannel in = DatagramChannel.open();
             DatagramChannel out = DatagramChannel.open();
             Selector selector = Selector.open()) {
            in.bind(new InetSocketAddress(chain.egress().host(), chain.egress().port()));
            in.configureBlocking(false);
            in.register(selector, SelectionKey.OP_READ);
            InetSocketAddress ingress = new InetSocketAddress(chain.ingress().host(), chain.ingress().port());
            ByteBuffer buffer = ByteBuffer.allocate(2048);
            while (System.nanoTime() < deadline) {
                try {
                    out.send(ByteBuffer.wrap(PROBE), ingress);
                } catch (IOException e) {
                    // not routable yet: try again
                }
                if (selector.select(100) > 0) {
                    selector.selectedKeys().clear();
                    buffer.clear();
                    if (in.receive(buffer) != null) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
