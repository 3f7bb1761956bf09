package io.vnfbench.kubernetes;

import io.vnfbench.engine.model.Agent;
import io.vnfbench.engine.plan.ChainExpander;
import io.vnfbench.engine.model.Chains;
import io.vnfbench.engine.model.Cpu;
import io.vnfbench.engine.model.Experiments;
import io.vnfbench.engine.model.Lifecycle;
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

    /** The CNF Testbed cell as a user writes it (a chains element), expanded by the planner's ChainExpander. */
    static VnfBd cnfTestbed(String topology, int chains, int nfs, Node nf, List<Policy> policies) {
        return cnfTestbed(topology, chains, nfs, nf, switchTemplate(), policies);
    }

    /** A cell with the given NF and switch templates. */
    static VnfBd cnfTestbed(String topology, int chains, int nfs, Node nf, Node sw, List<Policy> policies) {
        Scenario scenario = new Scenario(List.of(), List.of(), policies,
                new Chains((long) chains, (long) nfs, topology, nf, sw));
        Tool udp = new Tool(1L, 1L, "udp", List.of(new Parameter("rate", "100000")), new Sched(null, null, 10L, null,
                null));
        VnfBd bd = new VnfBd("cnf-testbed", "CNF Testbed", "1", null, null, new Experiments(3L, 1L), scenario,
                new Proceedings(List.of(new Agent("tg", "traffic generator", List.of(udp))), List.of()));
        return ChainExpander.expand(bd);
    }

}
