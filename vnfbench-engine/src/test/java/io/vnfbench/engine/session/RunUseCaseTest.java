package io.vnfbench.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Parameter;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run use case on the installed local environment: built-in forwarders on loopback, the noop prober. */
class RunUseCaseTest {

    @TempDir
    Path dir;

    static String vnfbr(long trials, String prober) {
        return """
                id: session-run
                name: session run
                environment: {orchestrator: {type: local}}
                inputs:
                  variables:
                    - {name: nfs, path: /scenario/chains/nfs, values: ["1", "2"]}
                  vnfbd:
                    id: bd
                    experiments: {tests: 1, trials: %d}
                    scenario:
                      chains:
                        count: 1
                        nfs: 1
                        topology: pipeline
                        nf: {image: builtin/forwarder, format: builtin}
                        switch: {image: builtin/switch, format: builtin}
                    proceedings:
                      agents:
                        - uuid: a1
                          probers:
                            - %s
                """.formatted(trials, prober);
    }

    @Test
    void shouldRunIntoTheIncrementalFileAndWriteTheReportBesideIt() throws Exception {
        // given
        Path input = Files.writeString(dir.resolve("in.yaml"), vnfbr(3, "{id: 1, name: noop}"));
        Path output = dir.resolve("out/vnf-br.json");

        // when
        RunOutcome outcome = Benchmarks.installed().start(RunRequest.builder(input).output(output).build(),
                RunListener.NONE).await();

        // then
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(outcome.trialsRun()).isEqualTo(6);
        assertThat(Documents.read(output, VnfBr.class).value()).isEqualTo(outcome.vnfbr());
        assertThat(outcome.errors()).containsExactly(Map.entry("nfs=1", 0), Map.entry("nfs=2", 0));
        assertThat(outcome.metrics()).hasSize(2).allSatisfy(m -> {
            assertThat(m.label()).isEqualTo("noop/noop");
            assertThat(m.n()).isEqualTo(3);
            assertThat(m.medianText()).isEqualTo("1");
        });
        assertThat(outcome.report()).contains(dir.resolve("out/report/index.html").toAbsolutePath());
        assertThat(outcome.report().get()).content().contains("<html", "nfs=2");
    }

    @Test
    void shouldFindEveryInputProblemBeforeAnythingRunsWithItsLocation() throws Exception {
        Path input = Files.writeString(dir.resolve("bad.yaml"), "id: x\nnodez: 1\n");

        assertThatThrownBy(() -> Benchmarks.installed().start(RunRequest.builder(input).output(dir.resolve("o.json"))
                .build(), RunListener.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.yaml:2:1: /nodez: unknown member 'nodez'");
        assertThat(dir.resolve("o.json")).doesNotExist();
    }

    @Test
    void shouldCancelOnAnInterruptOfTheWaiterAndReturnOnlyAfterTeardown() throws Exception {
        // given: Trials of a prober that waits 20 s unless cancelled
        Path input = Files.writeString(dir.resolve("in.yaml"),
                vnfbr(50, "{id: 1, name: noop, parameters: [{input: delay_ms, value: \"20000\"}]}"));
        Path output = dir.resolve("out.json");
        CountDownLatch trialStarted = new CountDownLatch(1);
        RunListener listener = new RunListener() {
            @Override
            public void trialStarted(RunProgress p) {
                trialStarted.countDown();
            }
        };
        RunningBenchmark running = Benchmarks.installed().start(RunRequest.builder(input).output(output).build(),
                listener);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                running.awaitCancellingOnInterrupt();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });

        // when
        waiter.start();
        assertThat(trialStarted.await(30, TimeUnit.SECONDS)).isTrue();
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(60));

        // then
        assertThat(waiter.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class).hasMessageContaining("cancelled");
        assertThat(Documents.read(output, VnfBr.class).value().error()).startsWith("cancelled");
    }

    @Test
    void shouldKeepTheVnfBrsParametersWhenOnlyOverridingSome() throws Exception {
        // given
        VnfBr br = Documents.read("t.yaml", """
                id: br
                environment:
                  orchestrator:
                    type: kubernetes
                    parameters:
                      - {input: namespace-prefix, value: perf}
                      - {input: context, value: lab}
                """, VnfBr.class).value();

        // when
        VnfBr same = RunUseCase.withEnvironment(br, "", Map.of("context", "ci", "kubeconfig", "/tmp/k"));
        VnfBr other = RunUseCase.withEnvironment(br, "local", Map.of());
        VnfBr untouched = RunUseCase.withEnvironment(br, "", Map.of());

        // then
        assertThat(same.environment().orchestrator().type()).isEqualTo("kubernetes");
        assertThat(same.environment().orchestrator().parameters()).containsExactly(
                new Parameter("namespace-prefix", "perf"), new Parameter("context", "ci"),
                new Parameter("kubeconfig", "/tmp/k"));
        assertThat(other.environment().orchestrator().type()).isEqualTo("local");
        assertThat(other.environment().orchestrator().parameters()).isEmpty();
        assertThat(untouched).isSameAs(br);
    }
}
