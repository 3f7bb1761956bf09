package io.vnfbench.engine.run;

import io.vnfbench.engine.probe.ToolKind;
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
