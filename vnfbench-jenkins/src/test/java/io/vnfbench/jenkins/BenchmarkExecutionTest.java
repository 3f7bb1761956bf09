package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.VerdictLine;
import io.vnfbench.jenkins.Fakes.FakeJob;
import io.vnfbench.jenkins.Fakes.FakeRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The step's execution with the engine as it is (a real gate, real files in the build directory) and Jenkins' side
 * faked: builds and jobs over the stand-in, an agent side that returns one of Gym's VNF-BRs or blocks, fails or meets
 * another call.
 */
class BenchmarkExecutionTest {

    private static final String BENCH = "bench/vnf-br.yaml";
    private static final Authentication BUILDER = new UsernamePasswordAuthenticationToken("builder", "n/a", List.of());

    @TempDir
    Path root;

    private FakeJob job;
    private FakeRun run;
    private Fakes.Listener listener;
    private Fakes.Context ctx;
    private FakeAgent agent;
    private final List<String> published = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        job = new FakeJob(new Fakes.Folder(""), "vnf", root.resolve("jobs"));
        listener = new Fakes.Listener();
        agent = new FakeAgent();
    }

    @Test
    void shouldFailTheBuildOnARegressionAndReturnTheVerdictMap() throws Exception {
        // given: #1 passed; this build runs Gym's rate-limited profile
        job.newBuild().withResult(BENCH, "passed", true);

        // when
        Map<String, Object> map = runStep(new VnfBenchmarkStep(BENCH));

        // then: the engine's verdicts, in the map, the build result, the log, the check and the build directory
        BenchmarkAction action = run.getAction(BenchmarkAction.class);
        List<String> regressed = action.getRows().stream().filter(r -> r.verdict() == Verdict.REGRESSION)
                .map(VerdictLine::testKey).distinct().toList();
        assertThat(ctx.buildResult).isEqualTo(Result.FAILURE);
        assertThat(map).containsEntry("verdict", "REGRESSION").containsEntry("passed", false)
                .containsEntry("failed", regressed).containsEntry("result", "FAILURE")
                .containsEntry("reportPath", "vnfbench-out/bench_vnf-br.yaml/vnf-br.json")
                .containsEntry("reportUrl", "vnfbench/").containsEntry("baseline", "last passing run #1");
        assertThat(regressed).isNotEmpty();
        assertThat(map.get("counts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("REGRESSION", (int) action.getRows().stream().filter(r -> r.verdict() == Verdict.REGRESSION)
                        .count()).containsEntry("ERROR", 0).hasSize(Verdict.values().length);
        assertThat(map).isInstanceOf(LinkedHashMap.class);
        assertThat(AgentRequest.fromJson(agent.requestJson).gate().baselines()).extracting(AgentRequest.BaselineRun::id)
                .containsExactly("#1");
        assertThat(listener.text()).contains("[vnfbench] baseline: last passing run #1")
                .contains("[vnfbench] setting build result to FAILURE: performance regression in " + regressed.size()
                        + " test(s)");
        assertThat(published).containsExactly("vnfbench: bench/vnf-br.yaml REGRESSION");
        Path dir = BenchmarkAction.directory(run, 1);
        assertThat(Documents.read(dir.resolve(Archive.VNFBR_FILE), VnfBr.class).value().verification().result().gate())
                .isEqualTo("failed");
        assertThat(dir.resolve(Archive.SUMMARY_FILE)).isRegularFile();
        assertThat(action.getSummary().isPassing()).isFalse();
    }

    @Test
    void shouldMarkTheBuildUnstableWhenAskedTo() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "passed", true);
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setFailOn("UNSTABLE");

        // when
        Map<String, Object> map = runStep(step);

        // then
        assertThat(ctx.buildResult).isEqualTo(Result.UNSTABLE);
        assertThat(map).containsEntry("result", "UNSTABLE");
    }

    @Test
    void shouldLeaveTheFirstBuildAloneAndKeepItAsABaseline() throws Exception {
        // when: no earlier build ran the benchmark
        Map<String, Object> map = runStep(new VnfBenchmarkStep(BENCH));

        // then: every comparison says NO_BASELINE, which passes
        assertThat(ctx.buildResult).isNull();
        assertThat(map).containsEntry("verdict", "NO_BASELINE").containsEntry("passed", true)
                .containsEntry("failed", List.of()).containsEntry("baseline", "no baseline: no earlier run in vnf");
        BenchmarkAction action = run.getAction(BenchmarkAction.class);
        assertThat(action.getRun()).isSameAs(run);
        assertThat(action.getSummary().isPassing()).isTrue();
        assertThat(action.getRows()).isNotEmpty().extracting(VerdictLine::verdict).containsOnly(Verdict.NO_BASELINE);
        assertThat(action.isReportAvailable()).isTrue();
        assertThat(action.getCharts()).isNotEmpty();
        assertThat(AgentRequest.fromJson(agent.requestJson).gate().baselines()).isEmpty();
    }

    @Test
    void shouldNotGateInBenchmarkingMode() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "passed", true);
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setMode("benchmarking");

        // when
        Map<String, Object> map = runStep(step);

        // then
        assertThat(ctx.buildResult).isNull();
        assertThat(map).containsEntry("verdict", "NOT_GATED").containsEntry("passed", true)
                .containsEntry("counts", Map.of()).containsEntry("baseline", "benchmarking mode: profiles recorded, no gate");
        assertThat(AgentRequest.fromJson(agent.requestJson).gate()).isNull();
        assertThat(run.getAction(BenchmarkAction.class).getRows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.verdictText()).isEqualTo("NOT_GATED"));
        assertThat(published).isEmpty();
    }

    @Test
    void shouldReadAFileBaselineFromTheWorkspace() throws Exception {
        // given
        Path ws = root.resolve("ws");
        Files.createDirectories(ws.resolve("base"));
        Documents.writeAtomically(ws.resolve("base/vnf-br.json"), Fakes.gym("results_vnfbr-001.json", "golden", null));
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setBaseline("file:base/vnf-br.json");

        // when
        Map<String, Object> map = runStep(step);

        // then
        assertThat(map).containsEntry("baseline", "file base/vnf-br.json").containsEntry("verdict", "REGRESSION");
        assertThat(BenchmarkAction.directory(run, 1).resolve("baseline.json")).hasSameTextualContentAs(
                ws.resolve("base/vnf-br.json"));
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
        AgentRequest sent = AgentRequest.fromJson(agent.requestJson);
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
        assertThat(listener.text()).contains("stopped: waiting up to 300 s").contains("teardown finished");
        assertThat(run.getAction(BenchmarkAction.class)).isNull();
    }

    @Test
    void shouldNotCompleteTheStepBeforeTeardownFinished() throws Exception {
        // given: the agent call blocks until interrupted, and teardown takes until released
        agent.block = true;
        agent.teardown = new CountDownLatch(1);
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));
        exec.start();
        assertThat(agent.entered.await(30, TimeUnit.SECONDS)).isTrue();

        // when
        exec.stop(new InterruptedException("aborted by user"));

        // then: stopped but not completed while the scenario is torn down
        assertThat(agent.awaitingTeardown.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ctx.done.getCount()).isEqualTo(1);
        agent.teardown.countDown();
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).hasMessage("aborted by user");
    }

    @Test
    void shouldReportAgentFailuresWithoutAnAction() throws Exception {
        // given
        agent.failure = new hudson.AbortException("bench/vnf-br.yaml:3:5: unknown member 'nodez'");
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));

        // when
        exec.start();

        // then
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).hasMessageContaining("unknown member 'nodez'");
        assertThat(run.getActions(BenchmarkAction.class)).isEmpty();
    }

    @Test
    void shouldNumberSeveralCallsInOneBuild() throws Exception {
        // given
        execution(new VnfBenchmarkStep(BENCH)).start();
        assertThat(ctx.await()).isTrue();
        Fakes.Context second = context(run);

        // when
        new BenchmarkExecution(second, Fakes.settings(new VnfBenchmarkStep("other.yaml")), 300, agent, Fakes.ENGINE,
                (r, l, s, rows) -> { }, (id, r) -> "").start();

        // then
        assertThat(second.await()).isTrue();
        assertThat(run.getActions(BenchmarkAction.class)).extracting(BenchmarkAction::getUrlName)
                .containsExactly("vnfbench", "vnfbench-2");
        assertThat(((Map<?, ?>) second.result).get("reportUrl")).isEqualTo("vnfbench-2/");
    }

    @Test
    void shouldGiveParallelCallsInOneBuildTheirOwnIndexDirectoryAndUrl() throws Exception {
        // given: two calls whose agent runs end together (both have taken their index, neither has its action yet)
        run = job.newBuild();
        agent.together = new CyclicBarrier(2);
        Fakes.Context a = context(run);
        Fakes.Context b = context(run);
        BenchmarkExecution first = new BenchmarkExecution(a, Fakes.settings(new VnfBenchmarkStep("a.yaml")), 300, agent,
                Fakes.ENGINE, (r, l, s, rows) -> { }, (id, r) -> "");
        BenchmarkExecution second = new BenchmarkExecution(b, Fakes.settings(new VnfBenchmarkStep("b.yaml")), 300, agent,
                Fakes.ENGINE, (r, l, s, rows) -> { }, (id, r) -> "");

        // when
        first.start();
        second.start();

        // then
        assertThat(a.await()).isTrue();
        assertThat(b.await()).isTrue();
        assertThat(a.failure).isNull();
        assertThat(b.failure).isNull();
        List<BenchmarkAction> actions = run.getActions(BenchmarkAction.class);
        assertThat(actions).extracting(BenchmarkAction::getIndex).containsExactlyInAnyOrder(1, 2);
        assertThat(actions).extracting(BenchmarkAction::getUrlName).containsExactlyInAnyOrder("vnfbench", "vnfbench-2");
        for (BenchmarkAction action : actions) {
            assertThat(Documents.read(BenchmarkAction.directory(run, action.getIndex()).resolve(Archive.VNFBR_FILE),
                    VnfBr.class).value().id()).isEqualTo(action.getSummary().getVnfbr());
        }
    }

    @Test
    void shouldRunAsTheBuildsAuthenticationOnAThreadWithoutTheScriptsClassLoader() throws Exception {
        // given: the Pipeline thread runs as the build's authentication with the build script's class loader
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));
        ClassLoader script = new URLClassLoader(new URL[0], getClass().getClassLoader());
        Thread pipelineThread = Thread.currentThread();
        ClassLoader before = pipelineThread.getContextClassLoader();
        pipelineThread.setContextClassLoader(script);

        // when
        try (ACLContext asBuild = ACL.as2(BUILDER)) {
            exec.start();
        } finally {
            pipelineThread.setContextClassLoader(before);
        }

        // then
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).isNull();
        assertThat(agent.authentication).isEqualTo("builder");
        assertThat(agent.thread).isNotSameAs(pipelineThread);
        assertThat(agent.contextClassLoader).isNotSameAs(script);
    }

    @Test
    void shouldFindTheTargetBranchOfAPullRequestOnASecuredController() throws Exception {
        // given: a multibranch project whose branch jobs only the build's user may read (not anonymous)
        Fakes.Folder project = new Fakes.Folder("vnf");
        FakeJob main = new FakeJob(project, "main", root.resolve("jobs")).readableBy("builder");
        main.newBuild().withResult(BENCH, "passed", true);
        job = new FakeJob(project, "PR-7", root.resolve("jobs")).readableBy("builder");
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setBaseline("targetBranch");
        BenchmarkExecution exec = execution(step);
        ctx.with(EnvVars.class, new EnvVars(Map.of("CHANGE_TARGET", "main")));

        // when
        try (ACLContext asBuild = ACL.as2(BUILDER)) {
            exec.start();
        }

        // then
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).isNull();
        assertThat(AgentRequest.fromJson(agent.requestJson).gate().baselines()).extracting(AgentRequest.BaselineRun::id)
                .containsExactly("#1");
        assertThat(run.getAction(BenchmarkAction.class).getSummary().getBaseline())
                .isEqualTo("target branch vnf/main: last passing run #1");
    }

    @Test
    void shouldSeeNoTargetBranchWhereTheAuthenticationMayNotReadIt() throws Exception {
        // given: the same project, but the work runs as anonymous (what a thread without the build's authentication is)
        Fakes.Folder project = new Fakes.Folder("vnf");
        FakeJob main = new FakeJob(project, "main", root.resolve("jobs")).readableBy("builder");
        main.newBuild().withResult(BENCH, "passed", true);
        job = new FakeJob(project, "PR-7", root.resolve("jobs")).readableBy("builder");
        VnfBenchmarkStep step = new VnfBenchmarkStep(BENCH);
        step.setBaseline("targetBranch");
        BenchmarkExecution exec = execution(step);
        ctx.with(EnvVars.class, new EnvVars(Map.of("CHANGE_TARGET", "main")));

        // when
        exec.start();

        // then: this is the silent pass a pool thread without the build's authentication produced
        assertThat(ctx.await()).isTrue();
        assertThat(AgentRequest.fromJson(agent.requestJson).gate().baselines()).isEmpty();
        assertThat(run.getAction(BenchmarkAction.class).getSummary().getBaseline())
                .isEqualTo("no baseline: no history of target branch 'main' next to vnf/PR-7");
    }

    @Test
    void shouldBlockRestartWhileTheBenchmarkRuns() throws Exception {
        // given
        agent.block = true;
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));
        assertThat(exec.blocksRestart()).isFalse();

        // when
        exec.start();
        assertThat(agent.entered.await(30, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(exec.blocksRestart()).isTrue();
        exec.stop(new InterruptedException("aborted by user"));
        assertThat(ctx.await()).isTrue();
    }

    @Test
    void shouldFailTheStepAfterARestartWithTheWayToResume() throws Exception {
        // given: an execution as Pipeline stores it in program.dat and reads it back after a restart
        BenchmarkExecution exec = execution(new VnfBenchmarkStep(BENCH));
        BenchmarkExecution restored = roundTrip(exec);

        // when
        restored.onResume();
        restored.stop(new InterruptedException("aborted after restart"));

        // then
        assertThat(restored.getContext()).isSameAs(ctx);
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).isInstanceOf(AbortException.class).hasMessageContaining("resume: true");
        assertThat(restored.blocksRestart()).isFalse();
    }

    private static BenchmarkExecution roundTrip(BenchmarkExecution exec) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(exec);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (BenchmarkExecution) in.readObject();
        }
    }

    private Map<String, Object> runStep(VnfBenchmarkStep step) throws Exception {
        BenchmarkExecution exec = execution(step);
        exec.start();
        assertThat(ctx.await()).isTrue();
        assertThat(ctx.failure).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) ctx.result;
        return map;
    }

    private BenchmarkExecution execution(VnfBenchmarkStep step) throws IOException {
        run = job.newBuild();
        ctx = context(run);
        return new BenchmarkExecution(ctx, Fakes.settings(step), 300, agent, Fakes.ENGINE,
                (r, l, s, rows) -> published.add("vnfbench: " + s.getVnfbr() + " " + s.getVerdict()),
                (id, r) -> "kubeconfig of " + id);
    }

    private Fakes.Context context(FakeRun build) throws IOException {
        Files.createDirectories(root.resolve("ws"));
        return new Fakes.Context().with(Run.class, build).with(TaskListener.class, listener)
                .with(FilePath.class, new FilePath(root.resolve("ws").toFile())).with(EnvVars.class, new EnvVars());
    }

    /**
     * The agent side: returns Gym's rate-limited run (named after the request's vnfbr) as the run's output VNF-BR, and
     * records what it was sent and as whom and where it ran; can block, fail or meet another call.
     */
    private static final class FakeAgent implements AgentGateway {
        volatile String requestJson;
        volatile boolean block;
        volatile IOException failure;
        volatile String awaitedLock;
        volatile String authentication;
        volatile Thread thread;
        volatile ClassLoader contextClassLoader;
        volatile CyclicBarrier together;
        volatile CountDownLatch teardown;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch awaitingTeardown = new CountDownLatch(1);

        @Override
        public String run(FilePath workspace, String json, TaskListener l) throws IOException, InterruptedException {
            requestJson = json;
            authentication = Jenkins.getAuthentication2().getName();
            thread = Thread.currentThread();
            contextClassLoader = thread.getContextClassLoader();
            entered.countDown();
            if (failure != null) {
                throw failure;
            }
            if (block) {
                new CountDownLatch(1).await();
            }
            meet(together);
            return Documents.writeJson(Fakes.gym("results_vnfbr-002.json", AgentRequest.fromJson(json).vnfbr(), null));
        }

        @Override
        public boolean awaitTeardown(FilePath workspace, String lockFile, long timeoutMillis) throws InterruptedException {
            awaitedLock = lockFile;
            awaitingTeardown.countDown();
            CountDownLatch t = teardown;
            return t == null || t.await(30, TimeUnit.SECONDS);
        }
    }

    static void meet(CyclicBarrier barrier) throws InterruptedException {
        if (barrier != null) {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other call never arrived", e);
            }
        }
    }
}
