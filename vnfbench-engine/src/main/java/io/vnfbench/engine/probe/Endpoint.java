package io.vnfbench.engine.probe;

import java.util.Objects;

/**
 * Where traffic is sent or received: a host (IP address or name) and, where it matters, a port.
 *
 * @param port 0 when the endpoint is a host only (e.g. a ping target)
 */
public record Endpoint(String host, int port) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    @Override
    public String toString() {
        return port == 0 ? host : (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
