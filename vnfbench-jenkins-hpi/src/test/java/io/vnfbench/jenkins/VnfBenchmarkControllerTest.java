package io.vnfbench.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.hudson.plugins.folder.Folder;
import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.User;
import hudson.slaves.DumbSlave;
import io.vnfbench.engine.session.Archive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The step on a controller as users run it: secured, with builds running as a user; two calls at once in one build; and
 * the engine on a real agent (a separate JVM, so the callables, the listener and the engine's classes cross a remoting
 * channel). Runs with {@code mvn -Pjenkins verify} only.
 */
@WithJenkins
class VnfBenchmarkControllerTest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static String example;

    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        example = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "examples", "local", "vnf-br.yaml"),
                StandardCharsets.UTF_8).replace("'''", "");
    }

    private static String writeExample(String file) {
        return "  writeFile file: '" + file + "', text: '''" + example + "'''\n";
    }

    /**
     * A multibranch-like folder of branch jobs on a secured controller, each build running as a user (a
     * QueueItemAuthenticator, as the authorize-project plugin sets up). The pull request's job finds the target branch's
     * job only through the build's authentication: as "dev" it sees main, as "outsider" it does not, and as anonymous
     * (what a thread without the build's authentication is) nobody would.
     */
    @Test
    void shouldTakeAPullRequestsBaselineFromTheTargetBranchAsTheBuildsUser() throws Exception {
        // given
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        Folder project = r.createProject(Folder.class, "vnf");
        WorkflowJob main = project.createProject(WorkflowJob.class, "main");
        WorkflowJob pr = project.createProject(WorkflowJob.class, "PR-1");
        WorkflowJob foreign = project.createProject(WorkflowJob.class, "PR-2");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Computer.BUILD).everywhere().to("dev", "outsider")
                .grant(Item.READ, Item.BUILD).onItems(project, main, pr).to("dev")
                .grant(Item.READ, Item.BUILD).onItems(project, foreign).to("outsider"));
        QueueItemAuthenticatorConfiguration.get().getAuthenticators().add(new MockQueueItemAuthenticator()
                .authenticate("vnf/main", User.getById("dev", true).impersonate2())
                .authenticate("vnf/PR-1", User.getById("dev", true).impersonate2())
                .authenticate("vnf/PR-2", User.getById("outsider", true).impersonate2()));
        main.setDefinition(new CpsFlowDefinition("node {\n" + writeExample("bench/vnf-br.yaml")
                + "  vnfBenchmark vnfbr: 'bench/vnf-br.yaml', failOn: 'UNSTABLE'\n}", true));
        r.buildAndAssertSuccess(main);
        String pullRequest = "node {\n" + writeExample("bench/vnf-br.yaml")
                + "  withEnv(['CHANGE_TARGET=main']) {\n"
                + "    vnfBenchmark vnfbr: 'bench/vnf-br.yaml', baseline: 'targetBranch', failOn: 'UNSTABLE'\n"
                + "  }\n}";
        pr.setDefinition(new CpsFlowDefinition(pullRequest, true));
        foreign.setDefinition(new CpsFlowDefinition(pullRequest, true));

        // when
        WorkflowRun asDev = r.waitForCompletion(pr.scheduleBuild2(0).waitForStart());
        WorkflowRun asOutsider = r.waitForCompletion(foreign.scheduleBuild2(0).waitForStart());

        // then
        BenchmarkAction devGate = asDev.getAction(BenchmarkAction.class);
        assertNotNull(devGate);
        assertEquals("target branch vnf/main: last passing run #1", devGate.getSummary().getBaseline());
        BenchmarkAction outsiderGate = asOutsider.getAction(BenchmarkAction.class);
        assertNotNull(outsiderGate);
        assertEquals("no baseline: no history of target branch 'main' next to vnf/PR-2",
                outsiderGate.getSummary().getBaseline());
    }

    @Test
    void shouldGiveTwoParallelCallsTheirOwnResults() throws Exception {
        // given
        WorkflowJob p = r.createProject(WorkflowJob.class, "parallel");
        p.setDefinition(new CpsFlowDefinition("node {\n" + writeExample("a.yaml") + writeExample("b.yaml")
                + "  parallel a: { vnfBenchmark vnfbr: 'a.yaml', mode: 'benchmarking' },\n"
                + "           b: { vnfBenchmark vnfbr: 'b.yaml', mode: 'benchmarking' }\n}", true));

        // when
        WorkflowRun b = r.buildAndAssertSuccess(p);

        // then
        List<BenchmarkAction> actions = b.getActions(BenchmarkAction.class);
        assertEquals(2, actions.size());
        Set<Integer> indices = new HashSet<>();
        Set<String> urls = new HashSet<>();
        Set<String> vnfbrs = new HashSet<>();
        for (BenchmarkAction a : actions) {
            indices.add(a.getIndex());
            urls.add(a.getUrlName());
            vnfbrs.add(a.getSummary().getVnfbr());
            assertTrue(Files.isRegularFile(BenchmarkAction.directory(b, a.getIndex()).resolve(Archive.VNFBR_FILE)));
        }
        assertEquals(Set.of(1, 2), indices);
        assertEquals(Set.of("vnfbench", "vnfbench-2"), urls);
        assertEquals(Set.of("a.yaml", "b.yaml"), vnfbrs);
        assertNotEquals(actions.get(0).getSummary().getOutputPath(), actions.get(1).getSummary().getOutputPath());
    }

    @Test
    void shouldRunTheEngineOnAnAgent() throws Exception {
        // given: an agent in its own JVM, reached over a remoting channel
        DumbSlave agent = r.createOnlineSlave(Label.get("remote"));
        WorkflowJob p = r.createProject(WorkflowJob.class, "agent");
        p.setDefinition(new CpsFlowDefinition("node('remote') {\n" + writeExample("bench/vnf-br.yaml")
                + "  def gate = vnfBenchmark vnfbr: 'bench/vnf-br.yaml', mode: 'benchmarking'\n"
                + "  echo \"verdict=${gate.verdict}\"\n}", true));

        // when
        WorkflowRun b = r.buildAndAssertSuccess(p);

        // then: progress streamed from the agent, the output VNF-BR in the agent's workspace, the results on the controller
        r.assertLogContains("verdict=NOT_GATED", b);
        r.assertLogContains("[vnfbench] run ", b);
        assertTrue(agent.getWorkspaceFor(p).child("vnfbench-out/bench_vnf-br.yaml/vnf-br.json").exists());
        BenchmarkAction a = b.getAction(BenchmarkAction.class);
        assertNotNull(a);
        assertTrue(Files.isRegularFile(BenchmarkAction.directory(b, 1).resolve(Archive.VNFBR_FILE)));
    }
}
