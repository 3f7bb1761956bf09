package io.vnfbench.engine.env.local;

import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command lines of the built-in NF processes: the running JVM's {@code java}, the class path entry that holds
 * these classes (the built-ins need nothing else), and flags for a small footprint — a 16 MB heap, the serial
 * collector, C1 only (the forwarding loop is tiny), few threads, class data sharing.
 */
public final class BuiltinCommands {
    /** Flags measured in docs/local-environment.md (RSS per forwarder about 35–40 MB). */
    static final List<String> JVM_FLAGS = List.of(
            "-Xms8m", "-Xmx16m", "-Xss256k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1", "-XX:MaxMetaspaceSize=32m", "-XX:ReservedCodeCacheSize=16m",
            "-XX:-UsePerfData", "-Xshare:auto", "-Djava.net.preferIPv4Stack=true");

    private BuiltinCommands() {
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Class path holding the built-in mains: the jar or directory this class was loaded from. */
    static String classPath() {
        CodeSource source = BuiltinCommands.class.getProtectionDomain().getCodeSource();
        try {
            if (source != null && source.getLocation() != null) {
                return Path.of(source.getLocation().toURI()).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file: URL; the process's own class path holds the engine
        }
        return System.getProperty("java.class.path");
    }

    private static List<String> java(Class<?> main) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        return command;
    }

    /** The forwarder's receive mode for measurements: {@code -Dvnfbench.forwarder.mode=poll}; blocking otherwise. */
    static final String FORWARDER_MODE = System.getProperty("vnfbench.forwarder.mode", "blocking");

    public static List<String> forwarder(InetSocketAddress in, InetSocketAddress out, InetSocketAddress to) {
        List<String> command = java(UdpForwarder.class);
        command.addAll(List.of("--in", text(in), "--out", text(out), "--to", text(to)));
        if (!FORWARDER_MODE.equals("blocking")) {
            command.addAll(List.of("--mode", FORWARDER_MODE));
        }
        return command;
    }

    /**
     * The forwarder with the node's workflow parameters applied: {@value UdpForwarder#WORK_PARAMETER} (extra work per
     * packet, a real slowdown of the NF) becomes {@code --work}.
     *
     * @throws IllegalArgumentException when the parameter is not a whole number from 0 up
     */
    public static List<String> forwarder(InetSocketAddress in, InetSocketAddress out, InetSocketAddress to,
                                         Map<String, String> parameters) {
        List<String> command = forwarder(in, out, to);
        String work = parameters.get(UdpForwarder.WORK_PARAMETER);
        if (work != null && !work.isBlank()) {
            int rounds;
            try {
                rounds = Integer.parseInt(work.trim());
            } catch (NumberFormatException e) {
                rounds = -1;
            }
            if (rounds < 0) {
                throw new IllegalArgumentException(UdpForwarder.WORK_PARAMETER + " must be a whole number from 0 up, got '"
                        + work + "'");
            }
            if (rounds > 0) {
                command.addAll(List.of("--work", Integer.toString(rounds)));
            }
        }
        return command;
    }

    /** Switch with a port per connection point, peers for the linked ones, and the cross-connect table. */
    public static List<String> udpSwitch(Map<String, InetSocketAddress> ports, Map<String, InetSocketAddress> peers,
                                         String xconnect) {
        List<String> command = java(UdpSwitch.class);
        ports.forEach((cp, address) -> command.addAll(List.of("--port", cp + "=" + text(address))));
        peers.forEach((cp, address) -> command.addAll(List.of("--peer", cp + "=" + text(address))));
        command.addAll(List.of("--xconnect", xconnect));
        return command;
    }

    /** The guard that kills {@code process} nodes when the engine goes away (see {@link ProcessReaper}). */
    static List<String> reaper() {
        return java(ProcessReaper.class);
    }

    static String text(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
