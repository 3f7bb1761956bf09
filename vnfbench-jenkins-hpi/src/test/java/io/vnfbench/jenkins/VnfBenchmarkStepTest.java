package io.vnfbench.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.checks.api.ChecksConclusion;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.util.CapturingChecksPublisher;
import io.vnfbench.engine.session.Archive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The step inside a real Jenkins (JenkinsRule): Pipeline binding, the run on the built-in node's workspace, the build
 * result, the actions on the build and the job, and the check. Runs with {@code mvn -Pjenkins verify} only.
 */
@WithJenkins
class VnfBenchmarkStepTest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @TestExtension
    public static final CapturingChecksPublisher.Factory CHECKS = new CapturingChecksPublisher.Factory();

    /** The local example (built-in UDP forwarders on loopback; no root, no extra packages). */
    private static String example;

    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        example = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "examples", "local", "vnf-br.yaml"),
                StandardCharsets.UTF_8);
    }

    private static CpsFlowDefinition pipeline(String stepCall, String after) {
        return new CpsFlowDefinition("node {\n"
                + "  writeFile file: 'bench/vnf-br.yaml', text: '''" + example.replace("'''", "") + "'''\n"
                + "  def r = " + stepCall + "\n"
                + "  echo \"verdict=${r.verdict} passed=${r.passed} result=${r.result} report=${r.reportPath}\"\n"
                + after
                + "}", true);
    }

    @Test
    void shouldRoundTripTheSnippetGeneratorForm() throws Exception {
        VnfBenchmarkStep s = new VnfBenchmarkStep("bench/vnf-br.yaml");
        s.setMode("verification");
        s.setBaseline("median:5");
        s.setFailOn("UNSTABLE");
        s.setMetrics("throughput");
        s.setTolerance(0.05);
        s.setResume(true);
        r.assertEqualDataBoundBeans(s, new StepConfigTester(r).configRoundTrip(s));
    }

    @Test
    void shouldRecordProfilesAndReturnTheMap() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "bench");
        p.setDefinition(pipeline("vnfBenchmark vnfbr: 'bench/vnf-br.yaml', mode: 'benchmarking'", ""));

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("verdict=NOT_GATED passed=true result=SUCCESS report=vnfbench-out/bench_vnf-br.yaml/vnf-br.json", b);
        BenchmarkAction a = b.getAction(BenchmarkAction.class);
        assertNotNull(a);
        assertEquals("NOT_GATED", a.getSummary().getVerdict());
        assertTrue(Files.isRegularFile(BenchmarkAction.directory(b, 1).resolve(Archive.VNFBR_FILE)));
        assertNotNull(p.getAction(BenchmarkTrendAction.class));
        r.createWebClient().goTo(b.getUrl() + a.getUrlName() + "/");
    }

    @Test
    void shouldGateTheSecondBuildAgainstTheFirst() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "gate");
        p.setDefinition(pipeline("vnfBenchmark vnfbr: 'bench/vnf-br.yaml', failOn: 'UNSTABLE'", ""));

        int checksBefore = CHECKS.getPublishedChecks().size();
        WorkflowRun first = r.buildAndAssertSuccess(p);
        r.assertLogContains("verdict=NO_BASELINE", first);
        WorkflowRun second = p.scheduleBuild2(0).get();

        BenchmarkAction a = second.getAction(BenchmarkAction.class);
        assertNotNull(a);
        assertEquals("last passing run #1", a.getSummary().getBaseline());
        assertFalse(a.getRows().isEmpty());
        // A real run's verdict depends on the machine's noise; the result must follow the verdict either way.
        Result expected = a.getSummary().getVerdict().equals("REGRESSION") || a.getSummary().getVerdict().equals("INCONCLUSIVE")
                ? Result.UNSTABLE : a.getSummary().getVerdict().equals("ERROR") ? Result.FAILURE : Result.SUCCESS;
        r.assertBuildStatus(expected, second);
        List<ChecksDetails> checks = CHECKS.getPublishedChecks();
        assertEquals(checksBefore + 2, checks.size());
        assertEquals(ChecksConclusion.SUCCESS, checks.get(checksBefore).getConclusion());
    }

    @Test
    void shouldKeepTheJobTrendWhenTheNewestBuildFailed() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "trend");
        p.setDefinition(pipeline("vnfBenchmark vnfbr: 'bench/vnf-br.yaml', mode: 'benchmarking'", ""));
        r.buildAndAssertSuccess(p);
        p.setDefinition(pipeline("vnfBenchmark vnfbr: 'bench/vnf-br.yaml', mode: 'benchmarking'", "  error 'later stage failed'\n"));

        r.buildAndAssertStatus(Result.FAILURE, p);

        BenchmarkTrendAction trend = p.getAction(BenchmarkTrendAction.class);
        assertNotNull(trend);
        assertEquals(List.of("bench/vnf-br.yaml"), trend.getBenchmarks());
        r.createWebClient().goTo(p.getUrl());
    }

    @Test
    void shouldNameTheProblemWhenTheVnfBrIsMissing() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "missing");
        p.setDefinition(new CpsFlowDefinition("node { vnfBenchmark vnfbr: 'nope.yaml' }", true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("nope.yaml", b);
    }

    @Test
    void shouldRejectAnUnknownBaselineBeforeRunning() throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "bad");
        p.setDefinition(new CpsFlowDefinition("node { vnfBenchmark vnfbr: 'x.yaml', baseline: 'latest' }", true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        // an AbortException: Pipeline prints its message as one line, with no stack trace
        r.assertLogContains("vnfBenchmark: baseline 'latest' is not one of: last, median:N, pinned:ID, file:PATH, targetBranch", b);
        r.assertLogNotContains("IllegalArgumentException", b);
        r.assertLogNotContains("\tat io.vnfbench", b);
    }
}
