package io.vnfbench.engine.run;

import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.model.Monitor;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Tool;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.probe.ToolKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The proceedings of a VNF-BD as the Manager runs them in each Trial: the agents (with their probers) and the
 * monitors (with their listeners), in document order.
 */
public record TrialPlan(List<Host> hosts) {
    public TrialPlan {
        hosts = List.copyOf(hosts);
    }

    /** The proceedings of an instance's VNF-BD as a plan: agents with their probers, then monitors with listeners. */
    public static TrialPlan of(VnfBd bd) {
        List<Host> hosts = new ArrayList<>();
        if (bd.proceedings() != null) {
            for (Agent agent : bd.proceedings().agents()) {
                hosts.add(new Host(ToolKind.PROBER, agent.uuid(), agent.name(), toolRuns(agent.probers())));
            }
            for (Monitor monitor : bd.proceedings().monitors()) {
                hosts.add(new Host(ToolKind.LISTENER, monitor.uuid(), monitor.name(), toolRuns(monitor.listeners())));
            }
        }
        return new TrialPlan(hosts);
    }

    private static List<ToolRun> toolRuns(List<Tool> tools) {
        return tools.stream().map(t -> new ToolRun(t.id().toString(), t.name(), parameters(t),
                t.instances() == null || t.instances() == 0 ? 1 : Math.toIntExact(t.instances()), schedule(t))).toList();
    }

    /** A tool's parameters, input → value (an absent value is empty). */
    static Map<String, String> parameters(Tool tool) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter p : tool.parameters()) {
            parameters.put(p.input(), p.value() == null ? "" : p.value());
        }
        return parameters;
    }

    /** A tool's {@code sched}; once, right away, when it has none. */
    static Schedule schedule(Tool tool) {
        return tool.sched() == null ? Schedule.ONCE : Schedule.of(tool.sched().from(), tool.sched().until(),
                tool.sched().duration(), tool.sched().interval(), tool.sched().repeat());
    }

    /** An agent or monitor: the origin of one snapshot per Trial. */
    public record Host(ToolKind kind, String id, String name, List<ToolRun> tools) {
        public Host {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            tools = List.copyOf(tools);
        }

        /** The snapshot's {@code origin.role}: agent or monitor. */
        public String role() {
            return kind.originRole();
        }
    }

    /**
     * One prober or listener of a host with its parameters, {@code instances} and {@code sched}.
     *
     * @param id the tool's id in the VNF-BD, as text
     */
    public record ToolRun(String id, String name, Map<String, String> parameters, int instances, Schedule schedule) {
        public ToolRun {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            parameters = Map.copyOf(parameters);
            if (instances < 1) {
                throw new IllegalArgumentException("tool '" + name + "' instances must be at least 1, got " + instances);
            }
            Objects.requireNonNull(schedule, "schedule");
        }
    }
}
