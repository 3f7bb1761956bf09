package io.vnfbench.engine.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Relationship;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.VnfBd;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the {@code chains} extension of a scenario into concrete nodes and links: C chains of N NFs, in a snake
 * (every hop back through the switch) or a pipeline (NF to NF, the switch only at the chain ends), as in the CNCF CNF
 * Testbed. Naming and wiring are documented in docs/model.md; environments deploy from the result.
 */
public final class ChainExpander {

    public static final String SWITCH_ID = "sw";
    public static final String SNAKE = "snake";
    public static final String PIPELINE = "pipeline";
    /** Above this many NFs a plan is almost certainly a typo. */
    static final long MAX_NFS = 4096;

    private ChainExpander() {
    }

    /** Checks the chains element without expanding; returns the problem, or null when it is fine. */
    @CheckForNull
    public static String check(Chains chains) {
        if (chains.count() == null || chains.count() < 1) {
            return "chains/count must be at least 1";
        }
        if (chains.nfs() == null || chains.nfs() < 1) {
            return "chains/nfs must be at least 1";
        }
        if (chains.count() * chains.nfs() > MAX_NFS) {
            return "chains/count x chains/nfs = " + chains.count() * chains.nfs() + " NFs, over " + MAX_NFS;
        }
        String topology = chains.topology() == null ? "" : chains.topology().toLowerCase(Locale.ROOT);
        if (!topology.equals(SNAKE) && !topology.equals(PIPELINE)) {
            return "chains/topology must be snake or pipeline, not '" + chains.topology() + "'";
        }
        return null;
    }

    /**
     * A node of the scenario whose id the chain expansion generates too.
     *
     * @param node the scenario's own node
     * @param message what the generated id is and what to do, without the location
     */
    public record Collision(Node node, String message) {
    }

    /**
     * The first of the scenario's own nodes whose id its chains would generate (an NF {@code c<k>n<j>} or the switch
     * {@code sw}); the chains element must pass {@link #check}.
     */
    public static java.util.Optional<Collision> collision(Scenario scenario) {
        Chains chains = scenario.chains();
        if (chains == null || check(chains) != null) {
            return java.util.Optional.empty();
        }
        ChainLayout layout = ChainLayout.of(chains);
        for (Node node : scenario.nodes()) {
            String role = node.id().equals(layout.switchId()) ? "the chains' switch" : null;
            for (ChainLayout.Chain chain : layout.chains()) {
                for (ChainLayout.Nf nf : chain.nfs()) {
                    if (nf.id().equals(node.id())) {
                        role = "NF " + nf.position() + " of chain " + chain.index();
                    }
                }
            }
            if (role != null) {
                return java.util.Optional.of(new Collision(node, "node id '" + node.id() + "' is also the id the"
                        + " chains generate for " + role + " (chain NFs are c<k>n<j>, the switch " + SWITCH_ID
                        + "); rename the node"));
            }
        }
        return java.util.Optional.empty();
    }

    /** The NF node id of chain k (1-based), position j (1-based). */
    public static String nfId(long k, long j) {
        return "c" + k + "n" + j;
    }

    /** The VNF-BD with its chains expanded; unchanged when it has none. */
    public static VnfBd expand(VnfBd bd) {
        Scenario scenario = bd.scenario();
        if (scenario == null || scenario.chains() == null) {
            return bd;
        }
        Chains chains = scenario.chains();
        ChainLayout layout = ChainLayout.of(chains);
        boolean snake = !layout.isPipeline();

        List<Node> nodes = new ArrayList<>(scenario.nodes());
        List<Link> links = new ArrayList<>(scenario.links());
        Set<String> taken = new HashSet<>();
        scenario.nodes().forEach(n -> taken.add(n.id()));

        List<ConnectionPoint> switchPoints = new ArrayList<>();
        List<String> xconnect = new ArrayList<>();
        for (ChainLayout.Chain chain : layout.chains()) {
            switchPoints.add(point(chain.ingress()));
            switchPoints.add(point(chain.egress()));
            List<ChainLayout.Nf> nfs = chain.nfs();
            for (int j = 0; j < nfs.size(); j++) {
                ChainLayout.Nf nf = nfs.get(j);
                claim(taken, nf.id());
                nodes.add(nf(chains.nf(), nf, chain.index()));
                boolean first = j == 0;
                boolean lastNf = j == nfs.size() - 1;
                if (snake || first) {
                    switchPoints.add(point(switchIn(nf)));
                    links.add(link("l-" + switchIn(nf), switchIn(nf), nf.in()));
                }
                if (snake || lastNf) {
                    switchPoints.add(point(switchOut(nf)));
                    links.add(link("l-" + nf.out() + "-" + layout.switchId(), nf.out(), switchOut(nf)));
                }
                if (!snake && !lastNf) {
                    ChainLayout.Nf next = nfs.get(j + 1);
                    links.add(link("l-" + nf.id() + "-" + next.id(), nf.out(), next.in()));
                }
            }
            xconnect.add(chain.ingress() + ">" + switchIn(nfs.get(0)));
            if (snake) {
                for (int j = 0; j + 1 < nfs.size(); j++) {
                    xconnect.add(switchOut(nfs.get(j)) + ">" + switchIn(nfs.get(j + 1)));
                }
            }
            xconnect.add(switchOut(nfs.get(nfs.size() - 1)) + ">" + chain.egress());
        }
        claim(taken, SWITCH_ID);
        nodes.add(switchNode(chains.switchNode(), switchPoints, String.join(" ", xconnect)));
        Scenario expanded = new Scenario(nodes, links, scenario.policies(), chains);
        return bd.withScenario(expanded);
    }

    private static void claim(Set<String> taken, String id) {
        if (!taken.add(id)) {
            throw new IllegalArgumentException("node id '" + id + "' generated for the chains is already used by a node"
                    + " of the scenario; rename that node");
        }
    }

    private static ConnectionPoint point(String id) {
        return new ConnectionPoint(id, null, "internal", null);
    }

    private static Link link(String id, String from, String to) {
        return new Link(id, null, "E-Line", null, List.of(from, to));
    }

    /** The switch connection point that feeds an NF (its link peer is the NF's {@code in}). */
    public static String switchIn(ChainLayout.Nf nf) {
        return SWITCH_ID + "-" + nf.in();
    }

    /** The switch connection point an NF's {@code out} sends to. */
    public static String switchOut(ChainLayout.Nf nf) {
        return SWITCH_ID + "-" + nf.out();
    }

    private static Node nf(Node template, ChainLayout.Nf nf, int chain) {
        String id = nf.id();
        Node t = template != null ? template : new Node(null, null, "builtin/forwarder", "builtin", null, null, null, null, null);
        List<Relationship> relationships = new ArrayList<>(t.relationships());
        relationships.add(new Relationship("chain", "MemberOf", "c" + chain));
        return new Node(id, "nf", t.image(), t.format(), "sut", t.resources(),
                List.of(point(nf.in()), point(nf.out())), relationships, t.lifecycle());
    }

    private static Node switchNode(Node template, List<ConnectionPoint> points, String xconnect) {
        Node t = template != null ? template : new Node(null, null, "builtin/switch", "builtin", null, null, null, null, null);
        List<Lifecycle> lifecycle = new ArrayList<>();
        boolean configured = false;
        for (Lifecycle l : t.lifecycle()) {
            if (l.workflow().equals("configure")) {
                List<Parameter> parameters = new ArrayList<>(l.parameters());
                parameters.removeIf(p -> p.input().equals("xconnect"));
                parameters.add(new Parameter("xconnect", xconnect));
                lifecycle.add(new Lifecycle(l.workflow(), l.name(), parameters, l.implementation()));
                configured = true;
            } else {
                lifecycle.add(l);
            }
        }
        if (!configured) {
            lifecycle.add(new Lifecycle("configure", null, List.of(new Parameter("xconnect", xconnect)), List.of()));
        }
        return new Node(SWITCH_ID, "switch", t.image(), t.format(), "sut", t.resources(), points, t.relationships(),
                lifecycle);
    }
}
