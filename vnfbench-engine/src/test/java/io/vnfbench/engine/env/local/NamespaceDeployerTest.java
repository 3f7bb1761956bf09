package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.engine.env.netns.Namespaces;
import io.vnfbench.engine.env.netns.NetworkNamespace;
import io.vnfbench.engine.probe.UdpLoad;

/** The namespaces data plane for real: namespaces, veths, bridges, kernel routing, NF commands, teardown. */
class NamespaceDeployerTest {
    private final List<NetworkNamespace> created = new ArrayList<>();
    private final List<NamespaceDeployer.Parts> deployed = new ArrayList<>();
    private NamespaceSupport.Probe probe;

    @TempDir
    Path work;

    /** Who owns the namespaces: by default a user namespace unless the test runs as root. */
    NamespaceSupport.Isolation isolation() {
        return NamespaceSupport.defaultIsolation();
    }

    @BeforeEach
    void requireNamespaces() {
        probe = Namespaces.require(isolation());
    }

    @AfterEach
    void removeWhateverIsLeft() {
        deployed.forEach(NamespaceDeployer.Parts::close);
    }

    private NamespaceDeployer deployer(Duration readyTimeout) {
        return new NamespaceDeployer(probe, Duration.ofSeconds(60), readyTimeout, Duration.ofSeconds(2), work,
                new CpuAffinity(List.of(0), Optional.empty()), created::add);
    }

    private NamespaceDeployer.Parts deploy(LocalTopology topology) throws Exception {
        return deploy(topology, Duration.ofSeconds(20));
    }

    private NamespaceDeployer.Parts deploy(LocalTopology topology, Duration readyTimeout) throws Exception {
        NamespaceDeployer.Parts parts = deployer(readyTimeout).deploy(topology, () -> false);
        deployed.add(parts);
        return parts;
    }

    private static UdpLoad.Stimulus modest(int flows) {
        // 300 datagrams at 2000/s: a correctness check that the data plane delivers, not a measurement.
        return new UdpLoad.Stimulus(2_000, 0, 64, Duration.ofMillis(150), flows, Duration.ofMillis(50),
                Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    private static List<UdpLoad.Chain> chains(NamespaceDeployer.Parts parts) {
        return parts.plan.chains().stream().map(c -> {
            InetSocketAddress sink = new InetSocketAddress(c.sink().ip(), NamespacePlan.UDP_PORT);
            return new UdpLoad.Chain(sink, sink);
        }).toList();
    }

    private static long rxPackets(NamespaceDeployer.Parts parts, String node, String cp) throws Exception {
        String name = parts.plan.interfaceOf(cp).orElseThrow().name();
        for (String line : Files.readAllLines(parts.namespaces.get(node).procNet().resolve("dev"))) {
            if (line.strip().startsWith(name + ":")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).trim().split("\\s+")[1]);
            }
        }
        throw new AssertionError("no interface " + name + " in node " + node);
    }

    /** The interface names the kernel shows in a node's namespace. */
    private static List<String> interfacesOf(NamespaceDeployer.Parts parts, String node) throws Exception {
        return Files.readAllLines(parts.namespaces.get(node).procNet().resolve("dev")).stream()
                .filter(l -> l.contains(":")).map(l -> l.substring(0, l.indexOf(':')).strip()).toList();
    }

    private Set<String> inodes() {
        Set<String> inodes = new HashSet<>();
        created.forEach(ns -> inodes.add(ns.inode()));
        return inodes;
    }

    @Test
    void shouldRouteRealPacketsThroughKernelRoutersInASnakeAndRemoveEveryNamespace() throws Exception {
        // given a snake of two built-in routers, every hop through the switch's bridges
        NamespaceDeployer.Parts parts = deploy(ChainFixtures.chains("snake", 1, 2, LocalTopology.Kind.ROUTER));

        // when UDP goes from the generator's namespace to the sink's
        UdpLoad.Outcome outcome = parts.agents.load(chains(parts), () -> false).run(modest(2));

        // then it arrived through both routers, whose interfaces counted it, and no process of ours forwarded it
        assertThat(outcome.txPackets()).isGreaterThan(200);
        assertThat(outcome.rxPackets()).isEqualTo(outcome.txPackets());
        assertThat(outcome.latency().getTotalCount()).isEqualTo(outcome.rxPackets());
        for (String nf : List.of("c1n1", "c1n2")) {
            assertThat(rxPackets(parts, nf, nf + "-in")).as(nf + " in").isGreaterThanOrEqualTo(outcome.txPackets());
            assertThat(rxPackets(parts, nf, nf + "-out")).as(nf + " out").isLessThan(10);
        }
        assertThat(parts.processes.members()).isEmpty();
        assertThat(interfacesOf(parts, "sw")).contains("xc1", "xc2", "xc3").doesNotContain("xc4");
        assertThat(created).extracting(NetworkNamespace::name)
                .containsExactly("sw", "c1n1", "c1n2", NamespacePlan.GENERATOR, NamespacePlan.SINK);
        assertThat(Namespaces.alive(inodes())).hasSize(5);

        // and after teardown no namespace (with its veths and bridges) and no process is left
        List<ProcessHandle> holders = created.stream().map(ns -> ProcessHandle.of(ns.pid()).orElseThrow()).toList();
        List<ProcessHandle> agents = parts.agents.processes();
        parts.close();
        assertThat(holders).noneMatch(ProcessHandle::isAlive);
        assertThat(agents).noneMatch(ProcessHandle::isAlive);
        assertThat(Namespaces.alive(inodes())).isEmpty();
    }

    @Test
    void shouldRouteEveryChainOfAPipelineNfToNf() throws Exception {
        NamespaceDeployer.Parts parts = deploy(ChainFixtures.chains("pipeline", 2, 2, LocalTopology.Kind.ROUTER));

        for (UdpLoad.Chain chain : chains(parts)) {
            UdpLoad.Outcome outcome = parts.agents.load(List.of(chain), () -> false).run(modest(1));
            assertThat(outcome.rxPackets()).as("chain to " + chain.egress()).isEqualTo(outcome.txPackets())
                    .isGreaterThan(200);
        }
        // c1n1-out to c1n2-in is a direct veth: pipeline NF to NF, no bridge between them
        assertThat(parts.plan.vethPeer(parts.plan.interfaceOf("c1n1-out").orElseThrow()).orElseThrow().connectionPoint())
                .isEqualTo("c1n2-in");
        assertThat(interfacesOf(parts, "sw")).contains("xc1", "xc2", "xc3", "xc4").doesNotContain("xc5");
    }

    @Test
    void shouldRunAUserNfCommandInsideItsNamespaceWithItsInterfacesAsParameters() throws Exception {
        // given a chain whose NF is a command that reports its parameters and lets the kernel forward (ip_forward=1)
        Path report = work.resolve("nf.txt");
        LocalTopology topology = withNf(ChainFixtures.chains("pipeline", 1, 1, LocalTopology.Kind.ROUTER), "c1n1",
                List.of("/bin/sh", "-c", "echo {node} {in.ifname} {in.cidr} {in.peer_ip} {out.ifname} {out.peer_ip} "
                        + "{sink_ip} {udp_port} > " + report + "; cat /sys/class/net/{out.ifname}/address >> " + report
                        + "; exec sleep 600"), Map.of("ip_forward", "1"));

        // when it is deployed and carries traffic
        NamespaceDeployer.Parts parts = deploy(topology);
        UdpLoad.Outcome outcome = parts.agents.load(chains(parts), () -> false).run(modest(1));

        // then the command saw its own interfaces (its /sys is its namespace's) and the chain forwarded
        NamespacePlan.Interface in = parts.plan.interfaceOf("c1n1-in").orElseThrow();
        NamespacePlan.Interface out = parts.plan.interfaceOf("c1n1-out").orElseThrow();
        String sink = parts.plan.chains().get(0).sink().ip();
        assertThat(Files.readAllLines(report)).containsExactly(
                "c1n1 c1n1-in " + in.cidr() + " " + parts.plan.chains().get(0).generator().ip() + " c1n1-out "
                        + sink + " " + sink + " " + NamespacePlan.UDP_PORT, out.mac());
        assertThat(outcome.rxPackets()).isEqualTo(outcome.txPackets()).isGreaterThan(200);
        List<ProcessHandle> nf = parts.processes.member("c1n1").orElseThrow().handles();
        parts.close();
        assertThat(nf).noneMatch(ProcessHandle::isAlive);
        assertThat(Namespaces.alive(inodes())).isEmpty();
    }

    /** An nftables firewall NF: the kernel forwards what its forward chain accepts, UDP to {@code port} only. */
    private static List<String> firewall(String port) {
        return List.of("/bin/sh", "-c", "nft -f - <<EOF\n"
                + "table ip fw {\n"
                + "  chain forward {\n"
                + "    type filter hook forward priority 0; policy drop;\n"
                + "    iifname \"{in.ifname}\" oifname \"{out.ifname}\" udp dport " + port + " counter accept\n"
                + "  }\n"
                + "}\n"
                + "EOF\n"
                + "exec sleep 600");
    }

    @Test
    void shouldPutAThirdPartyNfInThePathAFirewallThatForwardsOnlyWhatItsRulesAccept() throws Exception {
        io.vnfbench.engine.probe.InstalledTool.require("nft", "nftables");
        // given an nftables firewall NF that accepts UDP to the prober's port
        LocalTopology open = withNf(ChainFixtures.chains("pipeline", 1, 1, LocalTopology.Kind.ROUTER), "c1n1",
                firewall("{udp_port}"), Map.of("ip_forward", "1"));

        // when traffic goes through, then all of it arrives
        NamespaceDeployer.Parts parts = deploy(open);
        UdpLoad.Outcome outcome = parts.agents.load(chains(parts), () -> false).run(modest(1));
        assertThat(outcome.rxPackets()).isEqualTo(outcome.txPackets()).isGreaterThan(200);
        parts.close();

        // and the same firewall accepting another port stops the chain: the deployment never becomes ready
        LocalTopology closed = withNf(ChainFixtures.chains("pipeline", 1, 1, LocalTopology.Kind.ROUTER), "c1n1",
                firewall("9"), Map.of("ip_forward", "1"));
        assertThatThrownBy(() -> deploy(closed, Duration.ofSeconds(2)))
                .hasMessageStartingWith("chain c1 (generator 10.0.0.1 -> c1n1 -> sink 10.0.0.6) forwarded no datagram");
        assertThat(Namespaces.alive(inodes())).isEmpty();
    }

    @Test
    void shouldFailNamingTheNodeWhenAnNfCommandExitsAndRemoveEverything() throws Exception {
        // given an NF command that uses an interface its namespace does not have, and so exits
        LocalTopology topology = withNf(ChainFixtures.chains("snake", 1, 2, LocalTopology.Kind.ROUTER), "c1n2",
                List.of("/bin/sh", "-c", "ip link set eth9 up && exec sleep 600"), Map.of());

        // when it is deployed, then the one-line error names the node, the exit status and what the command said
        assertThatThrownBy(() -> deploy(topology))
                .isInstanceOf(LocalDeployer.DeploymentException.class)
                .hasMessageStartingWith("node c1n2: the NF command exited with status 1")
                .hasMessageContaining("eth9")
                .hasMessageNotContaining("\n");
        // and nothing is left: every namespace it had created is gone
        assertThat(created).hasSize(5);
        assertThat(Namespaces.alive(inodes())).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownInterfacePlaceholderBeforeCreatingAnything() {
        LocalTopology topology = withNf(ChainFixtures.chains("pipeline", 1, 1, LocalTopology.Kind.ROUTER), "c1n1",
                List.of("/bin/sh", "-c", "ip link set {eth9.ifname} up; exec sleep 600"), Map.of());

        assertThatThrownBy(() -> deploy(topology))
                .hasMessageStartingWith("node c1n1: unknown placeholder {eth9.ifname}")
                .hasMessageContaining("c1n1-in");
        assertThat(created).isEmpty();
    }

    private static LocalTopology withNf(LocalTopology topology, String id, List<String> command,
                                        Map<String, String> parameters) {
        List<LocalTopology.NodeSpec> nodes = topology.nodes().stream().map(n -> !n.id().equals(id) ? n
                : new LocalTopology.NodeSpec(id, LocalTopology.Kind.PROCESS, n.connectionPoints(), command, null,
                parameters, null)).toList();
        return LocalTopology.of(nodes, topology.links());
    }
}
