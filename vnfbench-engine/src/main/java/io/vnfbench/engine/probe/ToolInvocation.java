package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The Manager's request to run one prober or listener once, on behalf of an agent or monitor, in a deployment.
 *
 * @param toolName the VNF-BD's {@code name} of the tool
 * @param toolId the VNF-BD's {@code id} of the tool
 * @param hostId the agent's or monitor's uuid
 * @param parameters the VNF-BD's parameters as given (validated before the run; defaults not yet applied)
 * @param duration {@code sched.duration}, null when not scheduled
 * @param bound hard limit for this run
 * @param instance parallel copy, 1-based
 * @param repeat repetition, 1-based
 * @param token cancelled on run cancellation or when the bound runs out
 */
public record ToolInvocation(ToolKind kind, String toolName, String toolId, String hostId, Map<String, String> parameters,
                             @CheckForNull Duration duration, Duration bound, int instance, int repeat, CancellationToken token) {
    public ToolInvocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(hostId, "hostId");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(token, "token");
    }

    /** The context a tool running on this machine gets, defaults filled in by {@code tool}. */
    public ToolContext context(Tool tool, Targets targets, CommandRunner commands, Clock clock) {
        return new ToolContext(toolId, hostId, tool.withDefaults(parameters), duration, bound, instance, repeat, targets,
                commands, token, clock);
    }

    /**
     * Runs the invocation with a tool from {@code registry} on this machine: what environments whose tools run
     * locally do in {@code Deployment.invoke}. A missing tool, a thrown exception or cancellation become an
     * error result, never an exception.
     */
    public ProbeResult runLocally(ProbeRegistry registry, Targets targets, CommandRunner commands, Clock clock)
            throws InterruptedException {
        var start = clock.instant();
        var tool = registry.find(kind, toolName);
        if (tool.isEmpty()) {
            return ProbeResult.failed("no " + kind.yangName() + " named '" + toolName + "' is installed; installed: "
                    + registry.names(kind), toolName, null, start, clock.instant());
        }
        if (token.isCancelled()) {
            return ProbeResult.failed("cancelled before start: " + token.reason().orElse(""), toolName,
                    tool.get().version().orElse(null), start, clock.instant());
        }
        try {
            return tool.get().run(context(tool.get(), targets, commands, clock));
        } catch (CancelledException e) {
            return ProbeResult.failed("cancelled: " + e.getMessage(), toolName, tool.get().version().orElse(null),
                    start, clock.instant());
        } catch (RuntimeException e) {
            return ProbeResult.failed(kind.yangName() + " '" + toolName + "' failed: " + e, toolName,
                    tool.get().version().orElse(null), start, clock.instant());
        }
    }
}
