package io.vnfbench.kubernetes;

import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.ConnectionPoint;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Experiments;
import io.vnfbench.engine.model.Lifecycle;
import io.vnfbench.engine.model.Link;
import io.vnfbench.engine.model.Memory;
import io.vnfbench.engine.model.Node;
import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.Policy;
import io.vnfbench.engine.model.Proceedings;
import io.vnfbench.engine.model.Resources;
import io.vnfbench.engine.model.Scenario;
import io.vnfbench.engine.model.Sched;
import io.vnfbench.engine.model.Tool;
import io.vnfbench.engine.model.VnfBd;
import java.util.ArrayList;
import java.util.List;

/** CNF Testbed scenarios as the chain expansion produces them (nodes sw and c{k}n{j}, links, xconnect). */
final class ChainFixtures {

    static final String NF_IMAGE = "ghcr.io/vnfbench/vpp-nf:24.02";
    static final String SWITCH_IMAGE = "ghcr.io/vnfbench/vpp-switch:24.02";

    private ChainFixtures() {
    }

    static Node nfTemplate() {
        return new Node(null, "nf", NF_IMAGE, "container", "sut",
                new Resources(new Cpu(2L, null, "exclusive"), new Memory(2L, "GiB"), null), List.of(), List.of(),
                List.of(new Lifecycle("create", null, List.of(new Parameter("hugepages-2Mi", "512Mi")), List.of())));
    }

    static Node switchTemplate() {
        return new Node(null, "switch", SWITCH_IMAGE, "container", "sut",
                new Resources(new Cpu(4L, null, "exclusive"), new Memory(4L, "GiB"), null), List.of(), List.of(),
                List.of());
    }

    static VnfBd cnfTestbed(String topology, int chains, int nfs) {
        return cnfTestbed(topology, chains, nfs, nfTemplate(), List.of(
                new Policy("switch-node", "node-selector", "sw", "vnfbench.io/switch=true"),
                new Policy("first-nf-beside-switch", "affinity", "sw c1n1", null)));
    }

    static VnfBd cnfTestbed(String topology, int chains, int nfs, Node nf, List<Policy> policies) {
        boolean snake = topology.equals("snake");
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<ConnectionPoint> swCps = new ArrayList<>();
        List<String> xconnect = new ArrayList<>();
        for (int k = 1; k <= chains; k++) {
            swCps.add(cp("c" + k + "-ingress"));
            swCps.add(cp("c" + k + "-egress"));
            String previous = "c" + k + "-ingress";
            for (int j = 1; j <= nfs; j++) {
                String id = "c" + k + "n" + j;
                boolean first = j == 1;
                boolean last = j == nfs;
                nodes.add(new Node(id, nf.type(), nf.image(), nf.format(), nf.role(), nf.resources(),
                        List.of(cp(id + "-in"), cp(id + "-out")), List.of(), nf.lifecycle()));
                if (snake || first) {
                    swCps.add(cp("sw-" + id + "-in"));
                    links.add(link("sw-" + id + "-in", id + "-in"));
                    xconnect.add(previous + ">sw-" + id + "-in");
                }
                if (snake || last) {
                    swCps.add(cp("sw-" + id + "-out"));
                    links.add(link(id + "-out", "sw-" + id + "-out"));
                    previous = "sw-" + id + "-out";
                } else {
                    links.add(link(id + "-out", "c" + k + "n" + (j + 1) + "-in"));
                }
            }
            xconnect.add(previous + ">c" + k + "-egress");
        }
        Node sw = switchTemplate();
        nodes.add(0, new Node("sw", sw.type(), sw.image(), sw.format(), sw.role(), sw.resources(), swCps, List.of(),
                List.of(new Lifecycle("configure", null, List.of(new Parameter("xconnect", String.join(" ", xconnect))),
                        List.of()))));
        Scenario scenario = new Scenario(nodes, links, policies,
                new Chains((long) chains, (long) nfs, topology, nf, sw));
        Tool udp = new Tool(1L, 1L, "udp", List.of(new Parameter("rate", "100000")), new Sched(null, null, 10L, null,
                null));
        return new VnfBd("cnf-testbed", "CNF Testbed", "1", null, null, new Experiments(3L, 1L), scenario,
                new Proceedings(List.of(new Agent("tg", "traffic generator", List.of(udp))), List.of()));
    }

    private static ConnectionPoint cp(String id) {
        return new ConnectionPoint(id, null, null, null);
    }

    private static Link link(String a, String b) {
        return new Link(a + "--" + b, null, "E-Line", null, List.of(a, b));
    }
}
