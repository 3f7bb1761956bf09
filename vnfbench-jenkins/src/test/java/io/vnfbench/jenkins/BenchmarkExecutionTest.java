package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.session.VerdictLine;
import io.vnfbench.jenkins.Fakes.FakeJob;
import io.vnfbench.jenkins.Fakes.FakeRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkExecutionTest {

    private static final String BENCH = "bench/vnf-br.yaml";

    @TempDir
    Path root;

    private FakeJob job;
    private FakeRun run;
    private Fakes.Listener listener;
    private Fakes.Context ctx;
    private FakeAgent agent;
    private FakeEngine engine;
    private final List<String> published = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        job = new FakeJob(new Fakes.Folder(""), "vnf", root.resolve("jobs"));
        listener = new Fakes.Listener();
        agent = new FakeAgent();
        engine = new FakeEngine();
        Engines.use(engine);
    }

    @AfterEach
    void tearDown() {
        Engines.reset();
    }

    @Test
    void shouldFailTheBuildOnARegressionAndReturnTheVerdictMap() throws Exception {
        // given: #1 passed; this build regresses
        job.newBuild().withResult(BENCH, "PASS", true);
        engine.verdict = "REGRESSION";

        // when
        Map<String, Object> map = runStep(new VnfBenchmarkStep(BENCH));

        // then
        assertThat(ctx.buildResult).isEqualTo(Result.FAILURE);
        assertThat(map).containsEntry("verdict", "REGRESSION").containsEntry("passed", false)
                .containsEntry("failed", List.of("chains=1,nfs=2")).containsEntry("result", "FAILURE")
                .containsEntry("reportPath", "vnfbench-out/bench_vnf-br.yaml/vnf-br.json")
                .containsEntry("reportUrl", "vnfbench/").containsEntry("baseline", "last passing build: #1");
        assertThat(map.get("counts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("PASS", 3).containsEntry("REGRESSION", 1).containsEntry("ERROR", 0);
        assertThat(map).isInstanceOf(LinkedHashMap.class);
        assertThat(engine.evaluation.baselines()).containsOnlyKeys("#1");
        assertThat(listener.text()).contains("[vnfbench] setting build result to FAILURE: performance regression in 1 test(s)");
        assertThat(published).containsExactly("vnfbench: bench/vnf-br.yaml REGRESSION");
    }

    @Test
    void shouldMarkTheBuildUnstableWhenAskedTo() throws Exception {
        // given
        engine.verdict = "REGRESSION";
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setFailOn("UNSTABLE");

        // when
        Map<String, Object> map = runStep(step);

        // then
        assertThat(ctx.buildResult).isEqualTo(Result.UNSTABLE);
        assertThat(map).containsEntry("result", "UNSTABLE");
    }

    @Test
    void shouldLeaveThePassingBuildAloneAndStoreTheSummaryAndFiles() throws Exception {
        // given
        engine.verdict = "PASS";

        // when
        Map<String, Object> map = runStep(new VnfBenchmarkStep(BENCH));

        // then
        assertThat(ctx.buildResult).isNull();
        assertThat(map).containsEntry("passed", true).containsEntry("failed", List.of());
        BenchmarkAction action = run.getAction(BenchmarkAction.class);
        assertThat(action.getSummary().getVerdict()).isEqualTo("PASS");
        assertThat(action.getRun()).isSameAs(run);
        Path dir = BenchmarkAction.directory(run, 1);
        assertThat(dir.resolve("vnf-br.json")).hasContent("{\"id\":\"out\"}");
        assertThat(action.getRows()).extracting(VerdictRow::getVerdict).containsExactly("PASS");
    }

    @Test
    void shouldNotGateInBenchmarkingMode() throws Exception {
        // given
        engine.verdict = BenchmarkSummary.NOT_GATED;
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setMode("benchmarking");

        // when
        Map<String, Object> map = runStep(step);

        // then
        assertThat(ctx.buildResult).isNull();
        assertThat(map).containsEntry("verdict", "NOT_GATED");
        assertThat(engine.evaluation.baselines()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void shouldReadAFileBaselineFromTheWorkspace() throws Exception {
        // given
        Path ws = root.resolve("ws");
        Files.createDirectories(ws.resolve("base"));
        Files.writeString(ws.resolve("base/vnf-br.json"), "{\"id\":\"golden\"}");
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setBaseline("file:base/vnf-br.json");

        // when
        Map<String, Object> map = runStep(step);

        // then
        assertThat(map).containsEntry("baseline", "file base/vnf-br.json");
        assertThat(engine.evaluation.baselines().values()).singleElement().satisfies(p -> assertThat(p).hasContent("{\"id\":\"golden\"}"));
    }

    @Test
    void shouldSendOnlyJsonToTheAgentWithTheEnvironmentOverride() throws Exception {
        // given
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setEnvironment("kubernetes");
        step.setCredentialsId("lab-kubeconfig");
        step.setNamespace("perf");

        // when
        runStep(step);

        // then
        AgentRequest sent = EngineAdapter.readRequest(agent.requestJson);
        assertThat(sent.environment()).isEqualTo("kubernetes");
        assertThat(sent.namespace()).isEqualTo("perf");
        assertThat(sent.kubeconfig()).isEqualTo("kubeconfig of lab-kubeconfig");
        assertThat(listener.text()).doesNotContain("kubeconfig of");
    }

    @Test
    void shouldWaitForTeardownWhenAborted() throws Exception {
        // given: the agent call blocks until interrupted
        agent.block = true;
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));

        // when
        exec.start();
        assertThat(agent.entered.await(30, TimeUnit.SECONDS)).isTrue();
        InterruptedException abort = new InterruptedException("aborted by user");
        exec.stop(abort);

        // then
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).isSameAs(abort);
        assertThat(agent.awaitedLock).isEqualTo("vnfbench-out/bench_vnf-br.yaml/.running");
        assertThat(listener.text()).contains("aborted: waiting up to 300 s").contains("teardown finished");
        assertThat(run.getAction(BenchmarkAction.class)).isNull();
    }

    @Test
    void shouldReportAgentFailuresWithoutAnAction() throws Exception {
        // given
        agent.failure = new hudson.AbortException("bench/vnf-br.yaml:3:5: unknown member 'nodez'");
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));

        // when
        exec.runGuarded();

        // then
        assertThat(ctx.failure).hasMessageContaining("unknown member 'nodez'");
        assertThat(run.getActions(BenchmarkAction.class)).isEmpty();
    }

    @Test
    void shouldNumberSeveralCallsInOneBuild() throws Exception {
        // given
        BenchmarkExecution first = execution(new VnfBenchmarkStep(BENCH));
        first.runGuarded();
        Fakes.Context second = new Fakes.Context().with(Run.class, run).with(TaskListener.class, listener)
                .with(FilePath.class, new FilePath(root.resolve("ws").toFile()));

        // when
        new BenchmarkExecution(second, StepSettings.of(new VnfBenchmarkStep("other.yaml"), StepSettings.Defaults.NONE), 300,
                agent, engine, (r, l, s, rows) -> { }, (id, r) -> "").runGuarded();

        // then
        assertThat(run.getActions(BenchmarkAction.class)).extracting(BenchmarkAction::getUrlName)
                .containsExactly("vnfbench", "vnfbench-2");
        assertThat(((Map<?, ?>) second.result).get("reportUrl")).isEqualTo("vnfbench-2/");
    }

    private Map<String, Object> runStep(VnfBenchmarkStep step) throws Exception {
        BenchmarkExecution exec = execution(step);
        exec.runGuarded();
        assertThat(ctx.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) ctx.result;
        return map;
    }

    private BenchmarkExecution execution(VnfBenchmarkStep step) throws IOException {
        run = job.newBuild();
        Files.createDirectories(root.resolve("ws"));
        ctx = new Fakes.Context().with(Run.class, run).with(TaskListener.class, listener)
                .with(FilePath.class, new FilePath(root.resolve("ws").toFile())).with(EnvVars.class, new EnvVars());
        return new BenchmarkExecution(ctx, StepSettings.of(step, StepSettings.Defaults.NONE), 300, agent, engine,
                (r, l, s, rows) -> published.add("vnfbench: " + s.getVnfbr() + " " + s.getVerdict()),
                (id, r) -> "kubeconfig of " + id);
    }

    private static Map<Verdict, Integer> counts(Object... kv) {
        Map<Verdict, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Verdict.find((String) kv[i]).ifPresent(v -> m.put(v, 1));
        }
        for (int i = 0; i < kv.length; i += 2) {
            int n = (Integer) kv[i + 1];
            Verdict.find((String) kv[i]).ifPresent(v -> m.put(v, n));
        }
        return m;
    }

    private static final class FakeAgent implements AgentGateway {
        volatile String requestJson;
        volatile boolean block;
        volatile IOException failure;
        volatile String awaitedLock;
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public String run(FilePath workspace, String json, TaskListener l) throws IOException, InterruptedException {
            requestJson = json;
            entered.countDown();
            if (failure != null) {
                throw failure;
            }
            if (block) {
                new CountDownLatch(1).await();
            }
            return "{\"id\":\"out\"}";
        }

        @Override
        public boolean awaitTeardown(FilePath workspace, String lockFile, long timeoutMillis) {
            awaitedLock = lockFile;
            return true;
        }
    }

    private static final class FakeEngine implements Engine {
        volatile String verdict = "PASS";
        volatile Evaluation evaluation;
        final AtomicReference<Path> dir = new AtomicReference<>();

        @Override
        public GateReport evaluate(Path vnfbr, Evaluation e, Path d) throws IOException {
            evaluation = e;
            dir.set(d);
            Files.writeString(d.resolve(BenchmarkAction.ROWS_FILE), verdict);
            boolean regression = verdict.equals("REGRESSION");
            return new GateReport(Verdict.find(verdict).orElse(null),
                    regression ? counts("PASS", 3, "REGRESSION", 1) : counts(verdict, 1),
                    regression ? List.of("chains=1,nfs=2") : List.of(), !regression, "report.html", List.of());
        }

        @Override
        public List<VerdictRow> readRows(Path d) throws IOException {
            String v = Files.readString(d.resolve(BenchmarkAction.ROWS_FILE));
            return List.of(new VerdictRow(new VerdictLine("nfs=1", "throughput", Verdict.find(v).orElse(null), "#1", "5/5",
                    "1", "1", "0 %", "0.5", "5 %", "")));
        }

        @Override
        public List<String> trendMetrics(List<Path> summaries) {
            return List.of("throughput");
        }

        @Override
        public byte[] trendPng(List<Path> summaries, String metric, int width, int height) {
            return new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) summaries.size()};
        }
    }
}
