package io.vnfbench.engine.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Shared helpers of the probers that run installed tools: versions, free ports, "is this TCP port listening". */
final class ExternalTools {
    private static final ConcurrentHashMap<String, Optional<String>> VERSIONS = new ConcurrentHashMap<>();

    private ExternalTools() {
    }

    /** First line of {@code command}'s output (e.g. {@code iperf3 -v}), cached; empty when it cannot run. */
    static Optional<String> version(List<String> command) {
        return VERSIONS.computeIfAbsent(String.join(" ", command), key -> {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                process.getOutputStream().close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String first = out.strip().lines().findFirst().orElse("");
                return first.isEmpty() ? Optional.empty() : Optional.of(first);
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        });
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits (bounded, cancellable) until some socket listens on TCP {@code port}, per /proc/net/tcp{,6}. */
    static boolean awaitListening(int port, Duration bound, CancellationToken token) {
        return awaitListening(Path.of("/proc/net"), port, bound, token);
    }

    /** As {@link #awaitListening(int, Duration, CancellationToken)} in the network namespace whose /proc/net is given. */
    static boolean awaitListening(Path procNet, int port, Duration bound, CancellationToken token) {
        long deadline = System.nanoTime() + bound.toNanos();
        do {
            if (listening(procNet, port)) {
                return true;
            }
            if (!token.sleep(Duration.ofMillis(20))) {
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    static boolean listening(int port) {
        return listening(Path.of("/proc/net"), port);
    }

    static boolean listening(Path procNet, int port) {
        for (String file : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(procNet.resolve(file))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && "0A".equals(f[3]) && f[1].endsWith(":" + String.format("%04X", port))) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // No such table; try the other.
            }
        }
        return false;
    }
}
