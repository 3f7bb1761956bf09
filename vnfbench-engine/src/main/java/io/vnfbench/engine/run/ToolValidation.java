package io.vnfbench.engine.run;

import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.UnknownEnvironmentException;
import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.model.Monitor;
import io.vnfbench.engine.model.Tool;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ToolKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before anything is deployed, that a VNF-BR can run: an installed environment for its orchestrator type, and
 * for every runnable instance Tests and Trials of at least 1 and known tools with valid parameters, schedules and
 * {@code instances}. Every problem is reported at once; a tool used alike by many instances is checked once.
 */
final class ToolValidation {
    private final EnvironmentRegistry environments;
    private final ProbeRegistry tools;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    ToolValidation(EnvironmentRegistry environments, ProbeRegistry tools) {
        this.environments = environments;
        this.tools = tools;
    }

    void check(VnfBr input, List<RunInstance> instances) throws RunValidationException {
        try {
            environments.require(Manager.orchestratorType(input));
        } catch (UnknownEnvironmentException e) {
            problems.add(e.getMessage());
        }
        for (RunInstance instance : instances) {
            if (!instance.skipped()) {
                check(instance);
            }
        }
        if (!problems.isEmpty()) {
            throw new RunValidationException(problems);
        }
    }

    private void check(RunInstance instance) {
        VnfBd bd = instance.vnfbd();
        if (bd.tests() < 1 || bd.trials() < 1) {
            problems.add("instance " + instance.id() + ": experiments tests and trials must be at least 1");
        }
        if (bd.proceedings() == null) {
            return;
        }
        for (Agent agent : bd.proceedings().agents()) {
            for (Tool tool : agent.probers()) {
                check(ToolKind.PROBER, "agent '" + agent.uuid() + "'", tool, instance);
            }
        }
        for (Monitor monitor : bd.proceedings().monitors()) {
            for (Tool tool : monitor.listeners()) {
                check(ToolKind.LISTENER, "monitor '" + monitor.uuid() + "'", tool, instance);
            }
        }
    }

    private void check(ToolKind kind, String host, Tool tool, RunInstance instance) {
        Map<String, String> parameters = TrialPlan.parameters(tool);
        String signature = kind + "|" + host + "|" + tool.name() + "|" + parameters + "|" + tool.sched() + "|"
                + tool.instances();
        if (!seen.add(signature)) {
            return;
        }
        String where = "instance " + instance.id() + (instance.testKey().isEmpty() ? "" : " (" + instance.testKey() + ")")
                + ", " + host + ", " + kind.yangName() + " " + tool.id() + ": ";
        if (tool.name() == null) {
            problems.add(where + "has no name");
            return;
        }
        for (String problem : tools.validate(kind, tool.name(), parameters)) {
            problems.add(where + problem);
        }
        try {
            TrialPlan.schedule(tool);
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(where + e.getMessage());
        }
        if (tool.instances() != null && tool.instances() < 1) {
            problems.add(where + "instances must be at least 1");
        }
    }
}
