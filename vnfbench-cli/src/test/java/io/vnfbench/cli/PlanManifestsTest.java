package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanManifestsTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheManifestsOfEveryPlannedCellOfTheKubernetesExample() {
        // given
        Path example = Path.of("../examples/k8s-cnf-testbed.yaml");

        // when
        CliTest.Result r = CliTest.run("plan", example.toString(), "--manifests");

        // then
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out().lines().filter(l -> l.startsWith("# instance ")).count()).isEqualTo(32);
        assertThat(r.out()).contains("kind: \"Namespace\"").contains("kind: \"NetworkPolicy\"")
                .contains("io.vnfbench.engine.env.local.UdpSwitch").contains("activeDeadlineSeconds").doesNotContain("kind: \"List\"");
        assertThat(r.out().lines().filter(l -> l.equals("kind: \"Pod\"")).count())
                .as("snake: C*N+1 pods, pipeline: C+1 pods, over the 16 cells each")
                .isEqualTo(snakePods() + pipelinePods());
    }

    @Test
    void shouldExitThreeWhenTheScenarioCannotBeMapped() throws Exception {
        // given: pinning without memory cannot give Guaranteed QoS
        String yaml = Files.readString(Path.of("../examples/k8s-cnf-testbed.yaml"))
                .replace("            memory:\n              size: 256\n              unit: MiB\n", "");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);

        // when
        CliTest.Result r = CliTest.run("plan", file.toString(), "--manifests");

        // then
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("node c1n1").contains("Guaranteed QoS");
    }

    private static long snakePods() {
        long n = 0;
        for (int c : new int[] {1, 2, 4, 8}) {
            for (int f : new int[] {1, 2, 4, 8}) {
                n += (long) c * f + 1;
            }
        }
        return n;
    }

    private static long pipelinePods() {
        long n = 0;
        for (int c : new int[] {1, 2, 4, 8}) {
            n += 4L * (c + 1);
        }
        return n;
    }
}
