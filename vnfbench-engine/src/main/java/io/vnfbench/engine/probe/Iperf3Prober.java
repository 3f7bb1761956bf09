package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code iperf3} prober, with Gym's parameters ({@code client}, {@code server}, {@code port}, {@code duration},
 * {@code protocol}, {@code rate}; plus {@code length}) and metric names, always with {@code -J}. As in Gym, {@code client} absent or
 * false runs a one-off server. A client without {@code server} starts its own one-off server on loopback first, a
 * self-contained loopback measurement. {@code server} may name a connection point or node of the scenario.
 */
public final class Iperf3Prober implements Prober {
    public static final String NAME = "iperf3";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> version() {
        return ExternalTools.version(List.of("iperf3", "--version"));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.optional("client", "false", "true: run the client (-c); false: run a one-off server (-s -1)"),
                new ParameterSpec("server", false, null, "client: address, connection point or node of the server "
                        + "(default: a server this prober starts: in the sink's namespace behind the chain in the "
                        + "namespaces data plane, else on loopback)"),
                ParameterSpec.optional("port", "5201", "server port (-p)"),
                new ParameterSpec("duration", false, null, "seconds (-t, whole seconds, at least 1; default: sched "
                        + "duration, else 1)"),
                ParameterSpec.optional("protocol", "tcp", "tcp or udp (-u)"),
                new ParameterSpec("rate", false, null, "target bitrate (-b), e.g. 100M, 0 for unlimited; iperf3's "
                        + "default when absent"),
                new ParameterSpec("length", false, null, "bytes per read/write, the UDP payload size (-l)"));
    }

    @Override
    public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>(Prober.super.validate(given));
        String tool = "prober '" + NAME + "'";
        ToolParameters.checkBoolean(tool, given, "client", problems);
        ToolParameters.checkNumber(tool, given, "port", 1, 65_535, problems);
        ToolParameters.checkNumber(tool, given, "duration", 0.001, 86_400, problems);
        ToolParameters.checkChoice(tool, given, "protocol", List.of("tcp", "udp"), problems);
        ToolParameters.checkNumber(tool, given, "length", 1, 65_507, problems);
        String rate = given.get("rate");
        if (rate != null && !rate.strip().matches("\\d+(\\.\\d+)?[KMGkmg]?(/\\d+)?")) {
            problems.add(tool + " parameter 'rate' must be a bitrate such as 100M or 1G, got '" + rate + "'");
        }
        return problems;
    }

    @Override
    public ProbeResult run(ToolContext context) throws InterruptedException {
        Instant start = context.clock().instant();
        Map<String, String> p = context.parameters();
        boolean client = ToolParameters.bool(p, "client");
        long seconds = Math.max(1, (long) Math.ceil(ToolParameters.duration(context, Duration.ofSeconds(1)).toMillis() / 1000.0));
        String version = version().orElse(null);
        if (context.token().isCancelled()) {
            return ProbeResult.failed("cancelled before start: " + context.token().reason().orElse(""), NAME, version,
                    start, context.clock().instant());
        }
        try {
            return client ? client(context, seconds, version, start) : server(context, seconds, version, start);
        } catch (IOException e) {
            return ProbeResult.failed("cannot run iperf3 (is it installed? apt-get install -y iperf3): " + e.getMessage(),
                    NAME, version, start, context.clock().instant());
        }
    }

    private ProbeResult client(ToolContext context, long seconds, String version, Instant start)
            throws IOException, InterruptedException {
        Map<String, String> p = context.parameters();
        String server = p.get("server");
        CommandRunner.Background ownServer = null;
        String port = p.getOrDefault("port", "5201").strip();
        String host;
        try {
            NamespaceTargets namespaces = namespaces(context);
            if (server == null || server.isBlank()) {
                // In the namespaces data plane the server runs in the sink's namespace on chain 1's sink address,
                // so the client's traffic crosses the chain; on loopback, on a free port of this machine.
                Path procNet = namespaces != null ? namespaces.procNet(NamespaceTargets.Side.SINK) : Path.of("/proc/net");
                port = namespaces != null ? port : String.valueOf(ExternalTools.freeTcpPort());
                host = namespaces != null ? namespaces.chains().get(0).egress().host() : "127.0.0.1";
                CommandRunner runner = namespaces != null ? namespaces.sinkCommands() : context.commands();
                ownServer = runner.start(List.of("iperf3", "-s", "-1", "-B", host, "-p", port, "-J"), context.token());
                if (!ExternalTools.awaitListening(procNet, Integer.parseInt(port), min(Duration.ofSeconds(5),
                        context.bound()), context.token())) {
                    String why = context.token().isCancelled() ? "cancelled: " + context.token().reason().orElse("")
                            : "the iperf3 server at " + host + " did not listen on port " + port + " in time";
                    return ProbeResult.failed(why, ownServer.call(), version, start, context.clock().instant());
                }
            } else {
                host = context.targets().endpoint(server.strip()).map(Endpoint::host).orElse(server.strip());
            }
            List<String> command = new ArrayList<>(List.of("iperf3", "-c", host, "-p", port, "-t", String.valueOf(seconds)));
            if ("udp".equals(p.getOrDefault("protocol", "tcp").strip().toLowerCase(Locale.ROOT))) {
                command.add("-u");
            }
            if (p.get("rate") != null) {
                command.addAll(List.of("-b", p.get("rate").strip()));
            }
            if (p.get("length") != null) {
                command.addAll(List.of("-l", p.get("length").strip()));
            }
            command.add("-J");
            CommandResult result = context.commands().run(command, context.bound(), context.token());
            return toResult(result, Iperf3Output.parse(result.stdout(), true), version, start, context);
        } finally {
            if (ownServer != null) {
                ownServer.close();
            }
        }
    }

    private ProbeResult server(ToolContext context, long seconds, String version, Instant start)
            throws IOException, InterruptedException {
        String port = context.parameters().getOrDefault("port", "5201").strip();
        List<String> command = List.of("iperf3", "-s", "-1", "-p", port, "-J");
        // A one-off server ends after one test; give the client its duration plus time to connect.
        Duration bound = min(context.bound(), Duration.ofSeconds(seconds + 10));
        NamespaceTargets namespaces = namespaces(context);
        CommandRunner runner = namespaces != null ? namespaces.sinkCommands() : context.commands();
        CommandResult result = runner.run(command, bound, context.token());
        Iperf3Output.Parsed parsed = Iperf3Output.parse(result.stdout(), false);
        if (parsed.error() == null && result.succeeded()) {
            List<Measurement> metrics = new ArrayList<>();
            ToolJson.number(safeParse(result.stdout()), "end", "sum_received", "bits_per_second")
                    .ifPresent(v -> metrics.add(Measurement.scalar("received_bits_per_second", "bps", v)));
            if (metrics.isEmpty()) {
                return ProbeResult.failed("iperf3 server output has no end.sum_received", result.call(), version, start,
                        context.clock().instant());
            }
            return ProbeResult.ok(metrics, result.call(), version, start, context.clock().instant());
        }
        return toResult(result, parsed, version, start, context);
    }

    /** The namespaces data plane's targets when the deployment has chains (a sink), else null. */
    @CheckForNull
    private static NamespaceTargets namespaces(ToolContext context) {
        return context.targets() instanceof NamespaceTargets n && !n.chains().isEmpty() ? n : null;
    }

    private static Object safeParse(String json) {
        try {
            return ToolJson.parse(json.strip());
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static ProbeResult toResult(CommandResult result, Iperf3Output.Parsed parsed, String version, Instant start,
                                        ToolContext context) {
        String error = result.timedOut() || result.cancelled() ? result.failureReason()
                : parsed.error() != null ? parsed.error() : result.failureReason();
        if (error != null && result.cancelled()) {
            error = "cancelled: " + context.token().reason().orElse("") + " (" + error + ")";
        }
        return new ProbeResult(error == null ? parsed.metrics() : List.of(), result.call(),
                parsed.version() != null ? parsed.version() : version, start, context.clock().instant(), error);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
