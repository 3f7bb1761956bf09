package io.vnfbench.jenkins;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Executor;
import hudson.model.RestartListener;
import hudson.model.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A controller restart while the step runs: "restart safely" must wait for it (the step's execution blocks restart while
 * its thread works), and after a hard restart the resumed build fails with the way to continue instead of hanging.
 * Runs with {@code mvn -Pjenkins verify} only.
 */
class VnfBenchmarkRestartTest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldBlockASafeRestartWhileRunningAndFailWithTheWayToResumeAfterAHardOne() throws Throwable {
        // the local example with many more Trials, so it is still running when Jenkins stops (about 40 s)
        String longRun = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "examples", "local", "vnf-br.yaml"),
                StandardCharsets.UTF_8).replace("'''", "").replace("trials: 5", "trials: 20");
        sessions.then(r -> {
            // given
            WorkflowJob p = r.createProject(WorkflowJob.class, "long");
            p.setDefinition(new CpsFlowDefinition("node {\n  writeFile file: 'bench/vnf-br.yaml', text: '''" + longRun + "'''\n"
                    + "  vnfBenchmark vnfbr: 'bench/vnf-br.yaml', mode: 'benchmarking'\n}", true));

            // when
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("[vnfbench] bench/vnf-br.yaml: benchmarking", b);

            // then: the build's executor reports the step as blocking, so a safe restart is not ready
            Executor executor = b.getExecutor();
            assertNotNull(executor);
            assertTrue(executor.getAsynchronousExecution().blocksRestart());
            assertFalse(RestartListener.isAllReady());
            assertTrue(b.isBuilding());
        });
        sessions.then(r -> {
            // when: Jenkins came back (hard restart); the build resumes
            WorkflowJob p = r.jenkins.getItemByFullName("long", WorkflowJob.class);
            WorkflowRun b = p.getBuildByNumber(1);
            r.waitForCompletion(b);

            // then
            r.assertBuildStatus(Result.FAILURE, b);
            r.assertLogContains("vnfBenchmark cannot continue after a controller restart", b);
            r.assertLogContains("resume: true", b);
        });
    }
}
