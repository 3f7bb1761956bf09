package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The built-in switch ({@code builtin/switch}): one process with a UDP port per connection point and an explicit
 * cross-connect table; a datagram received on connection point {@code from} leaves through connection point
 * {@code to} towards that point's peer.
 *
 * <p>Usage: {@code UdpSwitch --port CP=HOST:PORT ... --peer CP=HOST:PORT ... [--send-to CP=HOST:PORT ...]
 * --xconnect "a>b c>d"}. A {@code --send-to} peer is a service address whose backends come and go (a Kubernetes
 * Service in front of a prober pod per Trial): its socket is never connected, each datagram is addressed on its own,
 * and a send that fails (no backend yet) drops that datagram instead of stopping the switch. Like a
 * vSwitch data-plane core, one thread serves every port (a selector, draining up to {@value #BATCH} datagrams
 * per ready port before moving on), so in a snake every hop of every chain shares this one core.
 */
public final class UdpSwitch {
    static final int BATCH = 64;

    private UdpSwitch() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, InetSocketAddress> ports = new LinkedHashMap<>();
        Map<String, InetSocketAddress> peers = new LinkedHashMap<>();
        Map<String, InetSocketAddress> services = new LinkedHashMap<>();
        Map<String, String> xconnect = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> ports.put(key(value), NfProcessSupport.address(value.substring(value.indexOf('=') + 1)));
                case "--peer" -> peers.put(key(value), NfProcessSupport.address(value.substring(value.indexOf('=') + 1)));
                case "--send-to" -> {
                    services.put(key(value), NfProcessSupport.address(value.substring(value.indexOf('=') + 1)));
                    peers.put(key(value), services.get(key(value)));
                }
                case "--xconnect" -> xconnect.putAll(CrossConnect.parse(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CrossConnect.check(xconnect, ports.keySet(), peers.keySet());
        Map<String, DatagramChannel> channels = new LinkedHashMap<>();
        for (Map.Entry<String, InetSocketAddress> port : ports.entrySet()) {
            DatagramChannel channel = NfProcessSupport.bind(port.getValue(), false);
            InetSocketAddress peer = peers.get(port.getKey());
            if (peer != null && !services.containsKey(port.getKey())) {
                channel.connect(peer);
            }
            channels.put(port.getKey(), channel);
        }
        Selector selector = Selector.open();
        for (Map.Entry<String, String> entry : xconnect.entrySet()) {
            channels.get(entry.getKey()).register(selector, SelectionKey.OP_READ,
                    new Out(channels.get(entry.getValue()), services.get(entry.getValue())));
        }
        AtomicLong forwarded = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        NfProcessSupport.exitWhenParentGoes(forwarded, dropped);
        NfProcessSupport.ready(System.out);
        serve(selector, forwarded, dropped);
    }

    /** Where a cross-connect sends: a connected channel, or an unconnected one and the service address. */
    private record Out(DatagramChannel channel, @CheckForNull InetSocketAddress service) {
        int send(ByteBuffer buffer) throws IOException {
            return service == null ? channel.write(buffer) : channel.send(buffer, service);
        }
    }

    private static String key(String value) {
        int equals = value.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("expected CP=HOST:PORT, got '" + value + "'");
        }
        return value.substring(0, equals);
    }

    private static void serve(Selector selector, AtomicLong forwarded, AtomicLong dropped) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(NfProcessSupport.MAX_DATAGRAM);
        while (true) {
            selector.select();
            for (SelectionKey key : selector.selectedKeys()) {
                DatagramChannel from = (DatagramChannel) key.channel();
                Out out = (Out) key.attachment();
                for (int n = 0; n < BATCH; n++) {
                    buffer.clear();
                    if (from.receive(buffer) == null) {
                        break;
                    }
                    buffer.flip();
                    try {
                        if (out.send(buffer) > 0) {
                            forwarded.lazySet(forwarded.get() + 1);
                        } else {
                            dropped.lazySet(dropped.get() + 1);
                        }
                    } catch (PortUnreachableException e) {
                        dropped.lazySet(dropped.get() + 1);
                    } catch (IOException e) {
                        if (out.service() == null) {
                            throw e;
                        }
                        dropped.lazySet(dropped.get() + 1); // e.g. EHOSTUNREACH while the service has no backend
                    }
                }
            }
            selector.selectedKeys().clear();
        }
    }
}
