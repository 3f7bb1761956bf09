package io.vnfbench.engine.env.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The built-in NF ({@code builtin/forwarder}): a process that forwards every datagram received on its {@code -in}
 * connection point to the peer of its {@code -out} connection point, unchanged.
 *
 * <p>Usage: {@code UdpForwarder --in HOST:PORT --out HOST:PORT --to HOST:PORT [--mode blocking|poll] [--work N]}. It binds both sockets, prints
 * {@value NfProcessSupport#READY} and forwards until its stdin closes. Blocking channels and one direct buffer:
 * on loopback a blocking receive costs less than a busy poll once several NFs share few cores (see
 * docs/local-environment.md), and memory stays flat whatever the load.
 *
 * <p>{@code --work N} (node parameter {@value #WORK_PARAMETER}) makes the NF slower for real: N rounds of integer
 * arithmetic per datagram before it is sent on, the way a slower build of an NF spends more CPU per packet. It is
 * the knob the gate's measured regressions use (calibration in docs/gate-statistics.md); 0, the default, adds nothing.
 */
public final class UdpForwarder {
    /** The workflow parameter of a {@code builtin/forwarder} node that sets {@code --work}. */
    public static final String WORK_PARAMETER = "per_packet_work";

    /** Where the per-packet work ends up, so that the JIT cannot drop it; never read for anything else. */
    static volatile long sink;

    private UdpForwarder() {
    }

    public static void main(String[] args) throws IOException {
        InetSocketAddress in = null;
        InetSocketAddress out = null;
        InetSocketAddress to = null;
        boolean poll = false;
        int work = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--in" -> in = NfProcessSupport.address(args[i + 1]);
                case "--out" -> out = NfProcessSupport.address(args[i + 1]);
                case "--to" -> to = NfProcessSupport.address(args[i + 1]);
                case "--mode" -> poll = "poll".equals(args[i + 1]);
                case "--work" -> work = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (in == null || out == null || to == null || args.length % 2 != 0 || work < 0) {
            System.err.println("usage: UdpForwarder --in HOST:PORT --out HOST:PORT --to HOST:PORT [--mode blocking|poll]"
                    + " [--work N>=0]");
            System.exit(2);
            return;
        }
        DatagramChannel receive = NfProcessSupport.bind(in, !poll);
        DatagramChannel send = NfProcessSupport.bind(out, true);
        send.connect(to);
        AtomicLong forwarded = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        NfProcessSupport.exitWhenParentGoes(forwarded, dropped);
        NfProcessSupport.ready(System.out);
        if (poll) {
            poll(receive, send, forwarded, dropped, work);
        } else {
            forward(receive, send, forwarded, dropped, work);
        }
    }

    /**
     * The busy-ish alternative ({@code --mode poll}, for measurements): non-blocking receive, spinning a while on an
     * empty socket before parking 50 µs. Faster for one NF on an idle core, worse once NFs outnumber cores.
     */
    static void poll(DatagramChannel receive, DatagramChannel send, AtomicLong forwarded, AtomicLong dropped)
            throws IOException {
        poll(receive, send, forwarded, dropped, 0);
    }

    static void poll(DatagramChannel receive, DatagramChannel send, AtomicLong forwarded, AtomicLong dropped, int work)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(NfProcessSupport.MAX_DATAGRAM);
        int idle = 0;
        while (true) {
            buffer.clear();
            if (receive.receive(buffer) == null) {
                if (++idle < 2_000) {
                    Thread.onSpinWait();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000L);
                }
                continue;
            }
            idle = 0;
            buffer.flip();
            if (work > 0) {
                sink = work(buffer, work);
            }
            try {
                send.write(buffer);
                forwarded.lazySet(forwarded.get() + 1);
            } catch (PortUnreachableException e) {
                dropped.lazySet(dropped.get() + 1);
            }
        }
    }

    static void forward(DatagramChannel receive, DatagramChannel send, AtomicLong forwarded, AtomicLong dropped)
            throws IOException {
        forward(receive, send, forwarded, dropped, 0);
    }

    static void forward(DatagramChannel receive, DatagramChannel send, AtomicLong forwarded, AtomicLong dropped,
                        int work) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(NfProcessSupport.MAX_DATAGRAM);
        while (true) {
            buffer.clear();
            receive.receive(buffer);
            buffer.flip();
            if (work > 0) {
                sink = work(buffer, work);
            }
            try {
                send.write(buffer);
                forwarded.lazySet(forwarded.get() + 1);
            } catch (PortUnreachableException e) {
                // Nobody listens on the peer yet (ICMP port unreachable): the datagram is lost, as on a wire.
                dropped.lazySet(dropped.get() + 1);
            }
        }
    }

    /**
     * {@code rounds} steps of a xorshift generator seeded from the datagram's length and first byte: a data-dependent
     * chain of integer operations that cannot be skipped or hoisted out of the packet loop.
     */
    static long work(ByteBuffer datagram, int rounds) {
        long x = 0x9E3779B97F4A7C15L ^ datagram.remaining() ^ (datagram.hasRemaining() ? datagram.get(0) : 0);
        for (int i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
