package io.vnfbench.engine.run;

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

class FileRunTest {

    @TempDir
    Path dir;

    private static final String COUNTING = """
            - id: 1
              name: count
            """;

    @Test
    void shouldKeepTheVnfBrsParametersWhenOnlyOverridingSome() {
        // given
        VnfBr br = Fixtures.vnfbr("""
                id: br
                environment:
                  orchestrator:
                    type: kubernetes
                    parameters:
                      - {input: namespace-prefix, value: perf}
                      - {input: context, value: lab}
                """);

        // when
        VnfBr same = FileRun.withEnvironment(br, "", Map.of("context", "ci", "kubeconfig", "/tmp/k"));
        VnfBr other = FileRun.withEnvironment(br, "local", Map.of());
        VnfBr untouched = FileRun.withEnvironment(br, "", Map.of());

        // then
        assertThat(same.environment().orchestrator().type()).isEqualTo("kubernetes");
        assertThat(same.environment().orchestrator().parameters()).containsExactly(new Parameter("namespace-prefix", "perf"),
                new Parameter("context", "ci"), new Parameter("kubeconfig", "/tmp/k"));
        assertThat(other.environment().orchestrator().type()).isEqualTo("local");
        assertThat(other.environment().orchestrator().parameters()).isEmpty();
        assertThat(untouched).isSameAs(br);
    }

    @Test
    void shouldRunAFileAndWriteTheOutputVnfBr() throws Exception {
        // given
        Path input = write(Fixtures.vnfbr(1, 2, COUNTING));
        Path output = dir.resolve("out/vnf-br.json");
        Fixtures.FakeEnvironment env = new Fixtures.FakeEnvironment();

        // when
        RunResult result = FileRun.runInterruptibly(new FileRun.Request(input, output, "fake", Map.of(), false), env.registry(),
                Fixtures.registry(new Fixtures.CountingProber()), Fixtures.fastOptions(), ProgressListener.NONE);

        // then
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.trialsRun()).isEqualTo(2);
        assertThat(Documents.read(output, VnfBr.class).value().outputs()).hasSize(1);
    }

    @Test
    void shouldCancelOnInterruptAndReturnOnlyAfterTeardown() throws Exception {
        // given: many Trials of a prober that hangs until its 1 s bound
        Path input = write(Fixtures.vnfbr(1, 50, """
                - {id: 1, name: hang, sched: {duration: 1}}
                """));
        Fixtures.FakeEnvironment env = new Fixtures.FakeEnvironment();
        CountDownLatch trialStarted = new CountDownLatch(1);
        ProgressListener progress = new ProgressListener() {
            @Override
            public void trialStarted(Progress p) {
                trialStarted.countDown();
            }
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                FileRun.runInterruptibly(new FileRun.Request(input, dir.resolve("out.json"), "fake", Map.of(), false),
                        env.registry(), Fixtures.registry(new Fixtures.CountingProber()), Fixtures.fastOptions(), progress);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });

        // when
        caller.start();
        assertThat(trialStarted.await(30, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(60));

        // then
        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class).hasMessageContaining("cancelled");
        assertThat(env.deploys.get()).isEqualTo(1);
        assertThat(env.closes.get()).isEqualTo(env.deploys.get());
    }

    @Test
    void shouldReportAnUnreadableVnfBrBeforeRunning() throws Exception {
        Path input = Files.writeString(dir.resolve("bad.yaml"), "id: x\nnodez: 1\n");
        assertThatThrownBy(() -> FileRun.runInterruptibly(new FileRun.Request(input, dir.resolve("o.json"), "", Map.of(), false),
                new Fixtures.FakeEnvironment().registry(), Fixtures.registry(new Fixtures.CountingProber()), Fixtures.fastOptions(),
                ProgressListener.NONE)).isInstanceOf(io.vnfbench.engine.model.codec.DocumentException.class)
                .hasMessageContaining("nodez");
    }

    private Path write(VnfBr br) throws Exception {
        return Files.writeString(dir.resolve("in.json"), Documents.writeJson(br));
    }
}
