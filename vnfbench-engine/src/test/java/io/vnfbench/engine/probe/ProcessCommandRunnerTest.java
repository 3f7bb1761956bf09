package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {

    @Test
    void shouldCaptureOutputAndExitCode() throws Exception {
        try (ProcessCommandRunner runner = new ProcessCommandRunner()) {
            CommandResult result = runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"),
                    Duration.ofSeconds(30), new CancellationToken());

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.stdout()).isEqualTo("out\n");
            assertThat(result.stderr()).isEqualTo("err\n");
            assertThat(result.failureReason()).contains("status 3").contains("err");
            assertThat(result.call()).isEqualTo("sh -c 'echo out; echo err >&2; exit 3'");
        }
    }

    @Test
    void shouldKillTheWholeTreeAtTheBound() throws Exception {
        Set<Long> before = ToolContractTest.descendants();
        try (ProcessCommandRunner runner = new ProcessCommandRunner()) {
            CommandResult result = runner.run(List.of("sh", "-c", "sleep 600 & sleep 600; wait"),
                    Duration.ofMillis(300), new CancellationToken());

            assertThat(result.timedOut()).isTrue();
            assertThat(result.succeeded()).isFalse();
        }
        assertThat(ToolContractTest.awaitNoNewDescendants(before)).isEmpty();
    }

    @Test
    void shouldKillTheWholeTreeOnCancellation() throws Exception {
        Set<Long> before = ToolContractTest.descendants();
        CancellationToken token = new CancellationToken();
        try (ProcessCommandRunner runner = new ProcessCommandRunner()) {
            CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run(List.of("sh", "-c", "sleep 600 & sleep 600; wait"), Duration.ofMinutes(10), token);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            token.cancel("test");

            CommandResult result = running.get(30, TimeUnit.SECONDS);
            assertThat(result.cancelled()).isTrue();
        }
        assertThat(ToolContractTest.awaitNoNewDescendants(before)).isEmpty();
    }

    @Test
    void shouldStopBackgroundCommandsWhenClosed() throws Exception {
        Set<Long> before = ToolContractTest.descendants();
        ProcessCommandRunner runner = new ProcessCommandRunner();
        CommandRunner.Background server = runner.start(List.of("sh", "-c", "sleep 600 & sleep 600; wait"),
                new CancellationToken());
        assertThat(server.isAlive()).isTrue();

        runner.close();

        assertThat(ToolContractTest.awaitNoNewDescendants(before)).isEmpty();
        assertThatThrownBy(() -> runner.run(List.of("true"), Duration.ofSeconds(1), new CancellationToken()))
                .isInstanceOf(IOException.class).hasMessageContaining("closed");
    }
}
