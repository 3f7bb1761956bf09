package io.vnfbench.engine.env.local;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command of a {@code process} NF in the namespaces data plane, with its placeholders resolved from the plan: the
 * contract between vnfbench and a user's NF. Every placeholder that does not resolve is an error before anything is
 * created. See docs/local-environment.md for the list.
 */
public final class NamespaceCommands {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.:-]+)}");

    private NamespaceCommands() {
    }

    public static List<String> resolve(LocalTopology.NodeSpec node, NamespacePlan plan) throws LocalDeployer.DeploymentException {
        if (node.command().isEmpty()) {
            throw new LocalDeployer.DeploymentException("node " + node.id() + ": a node of format 'process' needs a "
                    + "lifecycle 'start' workflow whose implementation is the command to run (an argument array)");
        }
        List<String> resolved = new ArrayList<>();
        for (String argument : node.command()) {
            resolved.add(resolve(node, argument, plan));
        }
        return resolved;
    }

    /**
     * One text with the node's placeholders resolved (an argument, an environment value, a configuration file), for
     * environments that hand the contract to a container instead of a command.
     */
    public static String resolve(LocalTopology.NodeSpec node, String text, NamespacePlan plan)
            throws LocalDeployer.DeploymentException {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(node, matcher.group(1), plan)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(LocalTopology.NodeSpec node, String name, NamespacePlan plan)
            throws LocalDeployer.DeploymentException {
        if (node.parameters().containsKey(name)) {
            return node.parameters().get(name);
        }
        Optional<NamespacePlan.ChainPath> chain = plan.chains().stream()
                .filter(c -> c.hops().stream().anyMatch(h -> h.node().equals(node.id()))).findFirst();
        switch (name) {
            case "node":
                return node.id();
            case "udp_port":
                return String.valueOf(NamespacePlan.UDP_PORT);
            case "sink_ip":
                if (chain.isPresent()) {
                    return addressOf(chain.get().sink().ip(), node, name);
                }
                break;
            case "generator_ip":
                if (chain.isPresent()) {
                    return addressOf(chain.get().generator().ip(), node, name);
                }
                break;
            default:
                break;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String cp = alias(node, name.substring(0, dot));
            Optional<NamespacePlan.Interface> iface = node.connectionPoints().contains(cp) ? plan.interfaceOf(cp)
                    : Optional.empty();
            if (iface.isPresent()) {
                String field = name.substring(dot + 1);
                NamespacePlan.Interface i = iface.get();
                List<NamespacePlan.Interface> peers = plan.neighboursOf(i);
                switch (field) {
                    case "ifname":
                        return i.name();
                    case "mac":
                        return i.mac();
                    case "ip", "cidr", "prefix":
                        String ip = i.ip();
                        if (ip == null) {
                            throw new LocalDeployer.DeploymentException("node " + node.id() + ": placeholder {" + name
                                    + "}: connection point '" + cp + "' has no address (it is on no chain and no link)");
                        }
                        return field.equals("ip") ? ip : field.equals("cidr") ? i.cidr() : String.valueOf(i.prefix());
                    case "peer_ip", "peer_mac":
                        if (peers.isEmpty()) {
                            throw new LocalDeployer.DeploymentException("node " + node.id() + ": placeholder {" + name
                                    + "}: connection point '" + cp + "' has no neighbour");
                        }
                        return field.equals("peer_ip") ? addressOf(peers.get(0).ip(), node, name) : peers.get(0).mac();
                    default:
                        break;
                }
            }
        }
        throw new LocalDeployer.DeploymentException("node " + node.id() + ": unknown placeholder {" + name + "}; known: "
                + "{node}, {udp_port}, {sink_ip}, {generator_ip}, {<cp>.ifname|ip|cidr|prefix|mac|peer_ip|peer_mac} for "
                + "connection points " + node.connectionPoints() + " (or in/out), and the workflow parameters "
                + node.parameters().keySet());
    }

    /** {@code in} / {@code out}: the node's connection point ending in -in / -out, else its first / second. */
    private static String alias(LocalTopology.NodeSpec node, String cp) {
        if (node.connectionPoints().contains(cp) || !(cp.equals("in") || cp.equals("out"))) {
            return cp;
        }
        List<String> matching = node.connectionPoints().stream().filter(p -> p.endsWith("-" + cp)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        int index = cp.equals("in") ? 0 : 1;
        return node.connectionPoints().size() == 2 ? node.connectionPoints().get(index) : cp;
    }

    private static String addressOf(@CheckForNull String ip, LocalTopology.NodeSpec node, String placeholder)
            throws LocalDeployer.DeploymentException {
        if (ip == null) {
            throw new LocalDeployer.DeploymentException("node " + node.id() + ": placeholder {" + placeholder
                    + "}: the interface it names has no address");
        }
        return ip;
    }
}
