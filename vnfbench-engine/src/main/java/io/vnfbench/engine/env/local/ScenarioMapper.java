package io.vnfbench.engine.env.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Resources;
import io.vnfbench.engine.model.Scenario;

/**
 * Maps an instance's scenario (chains already expanded by the planner) to what the local environment runs.
 * SUT nodes become processes; agent, monitor and manager nodes are not deployed, because the local environment runs
 * every tool inside the engine's process. Formats: {@code builtin} (images {@code builtin/forwarder},
 * {@code builtin/switch}) and {@code process} (the start workflow's implementation, one list item per argument).
 */
public final class ScenarioMapper {
    public static final String FORWARDER_IMAGE = "builtin/forwarder";
    public static final String SWITCH_IMAGE = "builtin/switch";
    public static final String ROUTER_IMAGE = "builtin/router";
    private static final Set<String> TOOL_ROLES = Set.of("agent", "monitor", "manager");

    private ScenarioMapper() {
    }

    /** The topology plus notes on what was left out (for the deployment's facts). */
    public record Mapped(LocalTopology topology, List<String> notes) {
    }

    public static Mapped map(Scenario scenario) {
        return map(scenario, ScenarioMapper::node);
    }

    /**
     * The topology with each SUT node mapped by {@code nodes} (another environment's mapping of formats and images to
     * kinds, e.g. container images as {@link LocalTopology.Kind#PROCESS} nodes whose command is their arguments);
     * roles, links and checks as for the local environment ({@code mapping} is given each SUT node).
     */
    public static Mapped map(Scenario scenario, java.util.function.Function<Node, LocalTopology.NodeSpec> mapping) {
        if (scenario == null) {
            throw new IllegalArgumentException("the VNF-BD has no scenario to deploy");
        }
        List<String> notes = new ArrayList<>();
        List<LocalTopology.NodeSpec> nodes = new ArrayList<>();
        Map<String, String> nodeOfPoint = new LinkedHashMap<>();
        for (Node node : scenario.nodes()) {
            String role = node.role() == null ? "" : node.role().toLowerCase(Locale.ROOT);
            if (TOOL_ROLES.contains(role)) {
                notes.add("node " + node.id() + " (role " + role + ") is not deployed: the local environment runs "
                        + "its tools inside the engine process");
                continue;
            }
            LocalTopology.NodeSpec spec = mapping.apply(node);
            nodes.add(spec);
            spec.connectionPoints().forEach(cp -> nodeOfPoint.put(cp, node.id()));
        }
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the scenario has no SUT node to deploy");
        }
        List<LocalTopology.LinkSpec> links = new ArrayList<>();
        for (Link link : scenario.links()) {
            List<String> points = link.connectionPoints().stream().map(cp -> pointId(cp, scenario)).toList();
            if (points.stream().anyMatch(cp -> !nodeOfPoint.containsKey(cp))) {
                notes.add("link " + link.id() + " " + link.connectionPoints() + " is not set up: it ends at a node that "
                        + "is not deployed (tools reach the SUT's connection points directly)");
                continue;
            }
            if (points.size() != 2) {
                throw new IllegalArgumentException("link " + link.id() + " has " + points.size()
                        + " connection points; the local environment sets up point-to-point links only");
            }
            links.add(new LocalTopology.LinkSpec(link.id(), points.get(0), points.get(1)));
        }
        return new Mapped(LocalTopology.of(nodes, links), notes);
    }

    /** {@code node:cp} (Gym) or a bare connection-point id. */
    private static String pointId(String reference, Scenario scenario) {
        int colon = reference.indexOf(':');
        if (colon > 0 && scenario.node(reference.substring(0, colon)).isPresent()) {
            return reference.substring(colon + 1);
        }
        return reference;
    }

    /** The {@code configure} and {@code start} workflow parameters of a node, by input ({@code start} wins). */
    public static Map<String, String> parameters(Node node) {
        Map<String, String> parameters = new LinkedHashMap<>();
        node.workflow("configure").ifPresent(l -> l.parameters().forEach(p -> put(parameters, p)));
        node.workflow("start").ifPresent(l -> l.parameters().forEach(p -> put(parameters, p)));
        return parameters;
    }

    private static LocalTopology.NodeSpec node(Node node) {
        String format = node.format() == null ? "" : node.format().toLowerCase(Locale.ROOT);
        List<String> points = node.connectionPoints().stream().map(cp -> cp.id()).toList();
        Map<String, String> parameters = parameters(node);
        LocalTopology.Resources resources = resources(node.resources());
        switch (format) {
            case "builtin" -> {
                String image = node.image() == null ? "" : node.image();
                if (image.equals(FORWARDER_IMAGE)) {
                    return new LocalTopology.NodeSpec(node.id(), LocalTopology.Kind.FORWARDER, points, List.of(), null,
                            parameters, resources);
                }
                if (image.equals(SWITCH_IMAGE)) {
                    return new LocalTopology.NodeSpec(node.id(), LocalTopology.Kind.SWITCH, points, List.of(),
                            parameters.get("xconnect"), parameters, resources);
                }
                if (image.equals(ROUTER_IMAGE)) {
                    return new LocalTopology.NodeSpec(node.id(), LocalTopology.Kind.ROUTER, points, List.of(), null,
                            parameters, resources);
                }
                throw new IllegalArgumentException("node " + node.id() + ": format builtin has images "
                        + FORWARDER_IMAGE + ", " + ROUTER_IMAGE + " and " + SWITCH_IMAGE + ", not '" + image + "'");
            }
            case "process" -> {
                List<String> command = node.workflow("start").map(l -> l.implementation()).orElse(List.of());
                return new LocalTopology.NodeSpec(node.id(), LocalTopology.Kind.PROCESS, points, command, null,
                        parameters, resources);
            }
            default -> throw new IllegalArgumentException("node " + node.id() + ": the local environment runs nodes of "
                    + "format 'builtin' or 'process', not '" + node.format() + "' (use the kubernetes environment for "
                    + "container images)");
        }
    }

    private static void put(Map<String, String> parameters, Parameter parameter) {
        if (parameter.value() != null) {
            parameters.put(parameter.input(), parameter.value());
        }
    }

    /** A node's resource requests as the topology records them. */
    public static LocalTopology.Resources resources(Resources r) {
        if (r == null) {
            return LocalTopology.Resources.NONE;
        }
        return new LocalTopology.Resources(
                r.cpu() == null ? null : r.cpu().vcpus(),
                r.cpu() == null ? null : r.cpu().pinning(),
                r.cpu() == null ? null : r.cpu().cpuBw(),
                r.memory() == null ? null : r.memory().size(),
                r.memory() == null ? null : r.memory().unit(),
                r.storage() == null ? null : r.storage().size(),
                r.storage() == null ? null : r.storage().unit());
    }
}
