package io.vnfbench.engine.probe;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ping} prober with Gym's parameters ({@code target}, {@code packets} → -c, {@code interval} → -i,
 * {@code duration} → -w, {@code frame_size} → -s) and metrics ({@code rtt_min/avg/max/mdev} in ms,
 * {@code frame_loss} in %). {@code target} may name a connection point or node of the scenario, or be an address.
 */
public final class PingProber implements Prober {
    public static final String NAME = "ping";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> version() {
        return ExternalTools.version(List.of("ping", "-V"));
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.required("target", "address, connection point or node to ping"),
                ParameterSpec.optional("packets", "5", "echo requests to send (-c)"),
                ParameterSpec.optional("interval", "0.2", "seconds between requests (-i; below 0.2 needs privileges)"),
                new ParameterSpec("duration", false, null, "deadline in seconds (-w; default: sched duration, else none)"),
                new ParameterSpec("frame_size", false, null, "ICMP payload bytes (-s)"));
    }

    @Override
    public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>(Prober.super.validate(given));
        String tool = "prober '" + NAME + "'";
        ToolParameters.checkNumber(tool, given, "packets", 1, 10_000_000, problems);
        ToolParameters.checkNumber(tool, given, "interval", 0.001, 3600, problems);
        ToolParameters.checkNumber(tool, given, "duration", 1, 86_400, problems);
        ToolParameters.checkNumber(tool, given, "frame_size", 0, 65_507, problems);
        String target = given.get("target");
        if (target != null && (target.isBlank() || target.strip().startsWith("-"))) {
            problems.add(tool + " parameter 'target' must be an address or a scenario reference, got '" + target + "'");
        }
        return problems;
    }

    @Override
    public ProbeResult run(ToolContext context) throws InterruptedException {
        Instant start = context.clock().instant();
        Map<String, String> p = context.parameters();
        String version = version().orElse(null);
        if (context.token().isCancelled()) {
            return ProbeResult.failed("cancelled before start: " + context.token().reason().orElse(""), NAME, version,
                    start, context.clock().instant());
        }
        String reference = p.get("target").strip();
        String host = context.targets().endpoint(reference).map(Endpoint::host).orElse(reference);
        List<String> command = new ArrayList<>(List.of("ping", "-n", "-c", p.getOrDefault("packets", "5").strip(),
                "-i", p.getOrDefault("interval", "0.2").strip()));
        Optional<Duration> deadline = p.containsKey("duration")
                ? Optional.of(ToolParameters.duration(context, Duration.ZERO)) : context.scheduledDuration();
        deadline.ifPresent(d -> command.addAll(List.of("-w", String.valueOf(Math.max(1, (long) Math.ceil(d.toMillis() / 1000.0))))));
        if (p.get("frame_size") != null) {
            command.addAll(List.of("-s", p.get("frame_size").strip()));
        }
        command.add(host);
        CommandResult result;
        try {
            result = context.commands().run(command, context.bound(), context.token());
        } catch (IOException e) {
            return ProbeResult.failed("cannot run ping (is it installed? apt-get install -y iputils-ping): "
                    + e.getMessage(), String.join(" ", command), version, start, context.clock().instant());
        }
        if (result.timedOut() || result.cancelled()) {
            return ProbeResult.failed(Objects.requireNonNullElse(result.failureReason(), "ping was stopped"), result.call(),
                    version, start, context.clock().instant());
        }
        PingOutput.Parsed parsed = PingOutput.parse(result.stdout());
        String error = parsed.error();
        if (error != null) {
            String reason = result.failureReason();
            return ProbeResult.failed(reason != null ? reason + "; " + error : error, result.call(),
                    version, start, context.clock().instant());
        }
        // Exit status 1 means "some replies missing": a measured loss, reported in frame_loss, not an error.
        return ProbeResult.ok(parsed.metrics(), result.call(), version, start, context.clock().instant());
    }
}
