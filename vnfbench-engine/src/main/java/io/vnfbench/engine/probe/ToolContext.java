package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of a prober or listener gets.
 *
 * @param toolId the tool's {@code id} in the VNF-BD (the evaluation's {@code source.id})
 * @param hostId the agent's or monitor's uuid the tool runs for
 * @param parameters the effective parameters: the VNF-BD's, validated, with declared defaults filled in
 * @param duration how long the tool should measure, from {@code sched.duration}; null when the schedule gives
 *     none and the tool uses its own parameter (e.g. {@code duration})
 * @param bound the hard limit for this run: the tool must return (with an error if need be) before
 *     {@code start + bound}; the Manager stops waiting then anyway
 * @param instance which parallel copy this is (1-based, from {@code instances})
 * @param repeat which repetition this is (1-based, from {@code sched.repeat})
 * @param targets the deployed scenario's addresses
 * @param commands how to run external commands in this environment
 * @param token cancelled when the run is cancelled or the bound runs out
 */
public record ToolContext(String toolId, String hostId, Map<String, String> parameters, @CheckForNull Duration duration,
                          Duration bound, int instance, int repeat, Targets targets, CommandRunner commands,
                          CancellationToken token, Clock clock) {
    public ToolContext {
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(hostId, "hostId");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public Optional<Duration> scheduledDuration() {
        return Optional.ofNullable(duration);
    }

    /** The instant by which the tool must have returned. */
    public Instant deadline(Instant start) {
        return start.plus(bound);
    }
}
