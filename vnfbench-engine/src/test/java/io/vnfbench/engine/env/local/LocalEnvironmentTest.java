package io.vnfbench.engine.env.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import io.vnfbench.engine.env.Deployment;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.DeploymentRequest;
import io.vnfbench.engine.env.EnvironmentRegistry;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import io.vnfbench.engine.probe.CancellationToken;
import io.vnfbench.engine.probe.ProbeRegistry;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ProcessTargets;
import io.vnfbench.engine.probe.ToolInvocation;
import io.vnfbench.engine.probe.ToolKind;

class LocalEnvironmentTest {
    private static final String VNF_BR = """
            id: local-test
            name: local environment test
            environment:
              name: local
              orchestrator:
                type: local
            inputs:
              variables:
                - name: topology
                  path: /scenario/chains/topology
                  type: string
                  class: configuration
                  values: [snake, pipeline]
              vnfbd:
                id: bd
                experiments: {trials: 1, tests: 1}
                scenario:
                  chains:
                    count: 2
                    nfs: 2
                    topology: snake
                    nf:
                      image: builtin/forwarder
                      format: builtin
                      resources:
                        memory: {size: 64, unit: MB}
                  nodes:
                    - id: tg
                      type: internal
                      role: agent
                      format: builtin
                      image: builtin/udp
                proceedings:
                  agents:
                    - uuid: tg
                      probers:
                        - id: 1
                          name: udp
            """;

    private static List<VnfBd> instances() throws Exception {
        VnfBr br = Documents.read("local-test.yaml", VNF_BR, VnfBr.class).value();
        List<VnfBd> bds = new ArrayList<>();
        for (PlannedInstance instance : Planner.plan(br, PlanOptions.DEFAULT).instances()) {
            bds.add(instance.vnfbd());
        }
        return bds;
    }

    private static ExecutionEnvironment environment() throws DeploymentException {
        return EnvironmentRegistry.load().require(null).create(
                new EnvironmentSettings(Map.of(), ProbeRegistry.load(), Clock.systemUTC()));
    }

    @Test
    void shouldDeployEachTopologyRunTheBuiltInProberAndLeaveNoProcess() throws Exception {
        for (VnfBd bd : instances()) {
            List<ProcessHandle> started;
            ProbeResult result;
            try (ExecutionEnvironment environment = environment();
                 Deployment deployment = environment.deploy(
                         new DeploymentRequest("1", "", 1, bd, Duration.ofSeconds(30)), new CancellationToken())) {
                started = ((ProcessTargets) deployment).processesOf("sw");
                started = new ArrayList<>(started);
                for (String nf : List.of("c1n1", "c1n2", "c2n1", "c2n2")) {
                    started.addAll(((ProcessTargets) deployment).processesOf(nf));
                }
                result = deployment.invoke(new ToolInvocation(ToolKind.PROBER, "udp", "1", "tg",
                        Map.of("rate", "1000pps", "duration", "0.15", "warmup", "0.05"), null, Duration.ofSeconds(30), 1, 1,
                        new CancellationToken()));

                assertThat(deployment.chains()).hasSize(2);
                assertThat(deployment.warnings()).hasSize(4).allSatisfy(w -> assertThat(w).contains("memory size=64 MB"));
                assertThat(deployment.facts()).containsKey("node.sw.command").containsKey("local.note.1");
                assertThat(deployment.endpoint("c1-ingress")).isPresent();
            }

            assertThat(result.error()).isNull();
            assertThat(result.metric("rx_packets").orElseThrow().scalarAsDouble()).isPositive();
            assertThat(result.metric("frame_loss").orElseThrow().scalarAsDouble()).isLessThan(1.0);
            assertThat(result.metric("sut_cpu_per_packet").orElseThrow().scalarAsDouble()).isNotNegative();
            assertThat(started).hasSize(5).noneMatch(ProcessHandle::isAlive);
        }
    }

    @Test
    void shouldRefuseFormatsItCannotRunAndUnknownParameters() throws Exception {
        VnfBd bd = instances().get(0);
        var nodes = new ArrayList<>(bd.scenario().nodes());
        var nf = nodes.stream().filter(n -> n.id().equals("c1n1")).findFirst().orElseThrow();
        nodes.set(nodes.indexOf(nf), new io.vnfbench.engine.model.Node(nf.id(), nf.type(), "nginx", "docker", nf.role(),
                nf.resources(), nf.connectionPoints(), nf.relationships(), nf.lifecycle()));
        VnfBd docker = bd.withScenario(new io.vnfbench.engine.model.Scenario(nodes, bd.scenario().links(),
                bd.scenario().policies(), bd.scenario().chains()));

        try (ExecutionEnvironment environment = environment()) {
            assertThatThrownBy(() -> environment.deploy(new DeploymentRequest("1", "", 1, docker, Duration.ofSeconds(30)),
                    new CancellationToken())).isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("node c1n1").hasMessageContaining("'docker'");
        }
        assertThatThrownBy(() -> EnvironmentRegistry.load().require("local").create(
                new EnvironmentSettings(Map.of("address", "x"), ProbeRegistry.load(), Clock.systemUTC())))
                .hasMessageContaining("'address'");
    }
}
