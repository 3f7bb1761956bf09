package io.vnfbench.engine.env.local;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loopback UDP port allocation and the "is anything bound to this UDP port" check behind process readiness. */
final class UdpPorts {
    private UdpPorts() {
    }

    /**
     * Finds {@code count} distinct free UDP ports on {@code address} by binding ephemeral sockets and releasing
     * them. A port can be taken by someone else between release and use; the process that cannot bind fails its
     * readiness and the deployment reports it.
     */
    static List<InetSocketAddress> allocate(InetAddress address, int count) throws IOException {
        List<DatagramSocket> held = new ArrayList<>();
        List<InetSocketAddress> ports = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, 0));
                held.add(socket);
                ports.add(new InetSocketAddress(address, socket.getLocalPort()));
            }
        } finally {
            held.forEach(DatagramSocket::close);
        }
        return ports;
    }

    /** UDP ports with a bound socket, from /proc/net/udp and /proc/net/udp6; empty when /proc is unavailable. */
    static Set<Integer> boundPorts() {
        Set<Integer> ports = new HashSet<>();
        for (String file : List.of("/proc/net/udp", "/proc/net/udp6")) {
            try {
                ports.addAll(parseBoundPorts(Files.readString(Path.of(file))));
            } catch (IOException e) {
                // No such table (no IPv6, not Linux): the other table or the ready line decides.
            }
        }
        return ports;
    }

    /** Parses the local ports out of a /proc/net/udp table (header line, then "sl local_address rem_address ..."). */
    static Set<Integer> parseBoundPorts(String table) {
        Set<Integer> ports = new HashSet<>();
        String[] lines = table.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].trim().split("\\s+");
            if (fields.length < 2) {
                continue;
            }
            int colon = fields[1].lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            try {
                ports.add(Integer.parseInt(fields[1].substring(colon + 1), 16));
            } catch (NumberFormatException e) {
                // Not a table row; skip it.
            }
        }
        return ports;
    }
}
