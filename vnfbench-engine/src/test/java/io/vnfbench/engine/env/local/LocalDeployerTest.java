package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import io.vnfbench.engine.probe.InstalledTool;
import io.vnfbench.engine.probe.UdpLoad;

class LocalDeployerTest {
    private final LocalDeployer deployer = new LocalDeployer(InetAddress.getLoopbackAddress(), Duration.ofSeconds(30),
            Duration.ofSeconds(2), Path.of("."), new CpuAffinity(List.of(0), Optional.empty()));

    private static UdpLoad.Stimulus slow(int flows) {
        // 150 datagrams: fewer than one socket buffer holds, so a stalled NF on a busy machine loses none; and a drain
        // that waits a whole second for stragglers, so an NF descheduled for a while is not counted as loss. These tests
        // check that the data plane forwards everything, not how fast.
        return new UdpLoad.Stimulus(1_000, 0, 64, Duration.ofMillis(150), flows, Duration.ofMillis(50),
                Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Test
    void shouldCarryTrafficThroughASnakeAndTearEveryProcessDown() throws Exception {
        // given a snake of 2 NFs (switch, 2 forwarders)
        LocalTopology snake = ChainFixtures.chains("snake", 1, 2);
        List<ProcessHandle> started;
        UdpLoad.Outcome outcome;

        // when traffic goes through at a modest rate
        try (LocalDeployment deployment = deployer.deploy(snake, () -> false)) {
            started = deployment.aliveProcesses();
            outcome = new UdpLoad(deployment.chains(), () -> false).run(slow(2));
        }

        // then what was sent arrived, and nothing of the deployment is left
        assertThat(started).hasSize(3);
        assertThat(outcome.txPackets()).isGreaterThan(100);
        assertThat(outcome.lossPercent()).isLessThan(1.0);
        assertThat(outcome.rxPackets()).isGreaterThanOrEqualTo(outcome.txPackets() * 99 / 100);
        assertThat(outcome.latency().getTotalCount()).isEqualTo(outcome.rxPackets());
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void shouldSpreadFlowsOverEveryChainOfAPipeline() throws Exception {
        LocalTopology pipeline = ChainFixtures.chains("pipeline", 2, 2);

        try (LocalDeployment deployment = deployer.deploy(pipeline, () -> false)) {
            List<UdpLoad.Chain> chains = deployment.chains();
            UdpLoad.Outcome outcome = new UdpLoad(List.of(chains.get(1)), () -> false).run(slow(1));

            assertThat(chains).hasSize(2);
            assertThat(deployment.aliveProcesses()).hasSize(5);
            assertThat(outcome.rxPackets()).isGreaterThanOrEqualTo(outcome.txPackets() * 99 / 100).isPositive();
        }
    }

    @Test
    void shouldTearDownWhatItStartedWhenANodeFailsMidDeploy() {
        // given a scenario whose last node exits at once
        LocalTopology topology = LocalTopology.of(List.of(
                new LocalTopology.NodeSpec("nf", LocalTopology.Kind.FORWARDER, List.of("nf-in", "nf-out"), List.of(),
                        null, Map.of(), null),
                new LocalTopology.NodeSpec("broken", LocalTopology.Kind.PROCESS, List.of("b-in"),
                        List.of("java", "-version", "{b-in.port}"), null, Map.of(), null)),
                List.of(new LocalTopology.LinkSpec("l", "nf-out", "b-in")));
        long before = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();

        // when / then
        assertThatThrownBy(() -> deployer.deploy(topology, () -> false))
                .isInstanceOf(LocalDeployer.DeploymentException.class)
                .hasMessageContaining("node broken exited");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count()).isLessThanOrEqualTo(before);
    }

    @Test
    void shouldRejectUnknownPlaceholdersAndMissingXconnectBeforeStartingAnything() {
        LocalTopology unknown = LocalTopology.of(List.of(new LocalTopology.NodeSpec("p", LocalTopology.Kind.PROCESS,
                List.of("p-in"), List.of("true", "{p-in.nothing}"), null, Map.of(), null)), List.of());
        LocalTopology noTable = LocalTopology.of(List.of(new LocalTopology.NodeSpec("sw", LocalTopology.Kind.SWITCH,
                List.of("c1-ingress", "c1-egress"), List.of(), null, Map.of(), null)), List.of());

        assertThatThrownBy(() -> deployer.deploy(unknown, () -> false)).hasMessageContaining("unknown placeholder {p-in.nothing}");
        assertThatThrownBy(() -> deployer.deploy(noTable, () -> false)).hasMessageContaining("xconnect");
    }

    @Test
    void shouldWarnAboutResourcesItCannotHonour() throws Exception {
        LocalTopology topology = LocalTopology.of(List.of(new LocalTopology.NodeSpec("p", LocalTopology.Kind.PROCESS,
                List.of("p-in"), List.of("sleep", "30"), null, Map.of(),
                new LocalTopology.Resources(1L, null, "0.5", 256L, "MB", 2L, "GB"))), List.of());

        try (LocalDeployment deployment = deployer.deploy(topology, () -> false)) {
            assertThat(deployment.warnings()).hasSize(4)
                    .anySatisfy(w -> assertThat(w).contains("node p", "CPU request", "taskset is missing"))
                    .anySatisfy(w -> assertThat(w).contains("cpu_bw=0.5", "no CPU quota"))
                    .anySatisfy(w -> assertThat(w).contains("memory size=256 MB", "no memory limit"))
                    .anySatisfy(w -> assertThat(w).contains("storage size=2 GB"));
        }
    }

    @Test
    void shouldKillProcessNodesWhenTheEngineGoesAwayWithoutTearingDown() throws Exception {
        // given a process node watched by the deployment's reaper
        LocalTopology topology = LocalTopology.of(List.of(new LocalTopology.NodeSpec("p", LocalTopology.Kind.PROCESS,
                List.of("p-in"), List.of("sleep", "60"), null, Map.of(), null)), List.of());
        try (LocalDeployment deployment = deployer.deploy(topology, () -> false)) {
            ProcessHandle sleeper = deployment.processesOf("p").get(0);
            ProcessGroup.Member reaper = deployment.group().member(LocalDeployer.REAPER).orElseThrow();

            // when the reaper's stdin closes, as it does when the engine is killed with SIGKILL
            reaper.process().getOutputStream().close();

            // then the reaper kills the node by itself and exits
            assertThat(sleeper.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(reaper.process().waitFor(15, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void shouldRunSocatAsAProcessNf() throws Exception {
        InstalledTool.require("socat", "socat");
        // given a pipeline whose NF is socat relaying datagrams from its in port to its out link's peer
        LocalTopology base = ChainFixtures.chains("pipeline", 1, 1);
        List<LocalTopology.NodeSpec> nodes = base.nodes().stream().map(n -> n.kind() != LocalTopology.Kind.FORWARDER ? n
                : new LocalTopology.NodeSpec(n.id(), LocalTopology.Kind.PROCESS, n.connectionPoints(),
                        List.of("socat", "-u", "UDP4-RECV:{in.port},bind={host}",
                                "UDP4-SENDTO:{out.peer},sourceport={out.port}"), null, Map.of(), null))
                .toList();
        LocalTopology topology = LocalTopology.of(nodes, base.links());

        // when
        try (LocalDeployment deployment = deployer.deploy(topology, () -> false)) {
            UdpLoad.Outcome outcome = new UdpLoad(deployment.chains(), () -> false).run(slow(1));

            // then
            assertThat(deployment.commands().get("c1n1")).first().isEqualTo("socat");
            assertThat(deployment.commands().get("c1n1").get(2))
                    .isEqualTo("UDP4-RECV:" + deployment.address("c1n1-in").orElseThrow().getPort() + ",bind=127.0.0.1");
            assertThat(outcome.rxPackets()).isPositive();
        }
    }
}
