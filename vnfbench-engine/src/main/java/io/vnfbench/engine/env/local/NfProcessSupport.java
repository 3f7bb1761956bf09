package io.vnfbench.engine.env.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plumbing shared by the built-in NF processes: argument parsing, socket setup, the readiness line and the
 * parent watch that makes a built-in NF exit when the engine that started it is gone (its stdin closes), so a
 * killed engine never leaves forwarders behind.
 */
final class NfProcessSupport {
    /** Line a built-in NF prints on stdout once every socket is bound. */
    static final String READY = "vnfbench-nf-ready";
    /**
     * Socket buffer per connection point, like a NIC ring of a few hundred descriptors: enough to absorb bursts,
     * small enough that queueing does not hide behind seconds of buffered datagrams.
     */
    static final int SOCKET_BUFFER = 256 * 1024;
    /** Largest datagram forwarded; bigger ones are truncated by the kernel and counted as forwarded anyway. */
    static final int MAX_DATAGRAM = 65_536;

    private NfProcessSupport() {
    }

    static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected HOST:PORT, got '" + text + "'");
        }
        return new InetSocketAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }

    static DatagramChannel bind(InetSocketAddress local, boolean blocking) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
        channel.bind(local);
        channel.configureBlocking(blocking);
        return channel;
    }

    /** Exits the JVM when stdin reaches end of file, i.e. when the parent closed it or died. */
    static void exitWhenParentGoes(AtomicLong forwarded, AtomicLong dropped) {
        Thread watch = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[64];
            try {
                while (in.read(buffer) >= 0) {
                    // The parent never writes; anything it does write is ignored.
                }
            } catch (IOException e) {
                // A broken stdin means the parent is gone, the same as end of file.
            }
            System.err.println("vnfbench-nf: parent gone, exiting; forwarded=" + forwarded.get() + " dropped=" + dropped.get());
            System.exit(0);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    static void ready(PrintStream out) {
        out.println(READY);
        out.flush();
    }
}
