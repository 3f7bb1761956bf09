package io.vnfbench.engine.env.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the snake and pipeline topologies the planner's chain expansion produces, for tests and harnesses. */
final class ChainFixtures {
    private ChainFixtures() {
    }

    static LocalTopology chains(String topology, int count, int nfs) {
        return chains(topology, count, nfs, LocalTopology.Kind.FORWARDER);
    }

    /** Chains whose NFs are of {@code kind} (FORWARDER or ROUTER). */
    static LocalTopology chains(String topology, int count, int nfs, LocalTopology.Kind kind) {
        List<LocalTopology.NodeSpec> nodes = new ArrayList<>();
        List<LocalTopology.LinkSpec> links = new ArrayList<>();
        List<String> switchCps = new ArrayList<>();
        StringBuilder xconnect = new StringBuilder();
        boolean snake = topology.equals("snake");
        for (int k = 1; k <= count; k++) {
            switchCps.add("c" + k + "-ingress");
            switchCps.add("c" + k + "-egress");
            String previous = "c" + k + "-ingress";
            for (int j = 1; j <= nfs; j++) {
                String nf = "c" + k + "n" + j;
                nodes.add(new LocalTopology.NodeSpec(nf, kind, List.of(nf + "-in", nf + "-out"),
                        List.of(), null, Map.of(), null));
                boolean first = j == 1;
                boolean last = j == nfs;
                if (snake || first) {
                    switchCps.add("sw-" + nf + "-in");
                    links.add(new LocalTopology.LinkSpec("l-" + nf + "-in", "sw-" + nf + "-in", nf + "-in"));
                    xconnect.append(previous).append('>').append("sw-").append(nf).append("-in ");
                }
                if (snake || last) {
                    switchCps.add("sw-" + nf + "-out");
                    links.add(new LocalTopology.LinkSpec("l-" + nf + "-out", nf + "-out", "sw-" + nf + "-out"));
                    previous = "sw-" + nf + "-out";
                } else {
                    links.add(new LocalTopology.LinkSpec("l-" + nf + "-next", nf + "-out", "c" + k + "n" + (j + 1) + "-in"));
                }
            }
            xconnect.append(previous).append('>').append("c").append(k).append("-egress ");
        }
        nodes.add(0, new LocalTopology.NodeSpec("sw", LocalTopology.Kind.SWITCH, switchCps, List.of(),
                xconnect.toString().trim(), Map.of(), null));
        return LocalTopology.of(nodes, links);
    }
}
