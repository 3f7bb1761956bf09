package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import io.vnfbench.engine.session.BaselinePolicy;
import io.vnfbench.engine.session.BaselineSource;
import io.vnfbench.engine.session.RunHistory;
import io.vnfbench.jenkins.Fakes.FakeJob;
import io.vnfbench.jenkins.Fakes.FakeRun;
import io.vnfbench.jenkins.Fakes.Folder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's builds as the engine's run history: which builds the engine may choose from (Jenkins' part), and the engine's
 * choice among them (its rule of a passing run, read from the builds' stored VNF-BRs).
 */
class BuildHistoryTest {

    private static final String BENCH = "bench/vnf-br.yaml";

    @TempDir
    Path root;

    private Folder folder;
    private FakeJob job;

    @BeforeEach
    void setUp() {
        folder = new Folder("vnf");
        job = new FakeJob(folder, "PR-7", root);
    }

    @Test
    void shouldOfferTheFinishedBuildsThatRanTheBenchmarkNewestFirst() throws Exception {
        // given: #1 passed, #2 ran it but its files were deleted, #3 ran something else, #4 still builds, #5 is this one
        job.newBuild().withResult(BENCH, "passed", true);
        job.newBuild().withResult(BENCH, "passed", false);
        job.newBuild().withResult("other.yaml", "passed", true);
        job.newBuild().withResult(BENCH, "passed", true).building = true;
        FakeRun current = job.newBuild();

        // when
        BuildHistory history = history(current, null);
        BaselineSource last = Fakes.ENGINE.chooseBaseline(new BaselinePolicy.Last(), history);

        // then
        assertThat(history.name()).isEqualTo("vnf/PR-7");
        assertThat(history.runs()).extracting(RunHistory.StoredRun::id).containsExactly("#2", "#1");
        assertThat(history.runs().get(1).vnfbr()).isEqualTo(BenchmarkAction.directory(job.builds.get(0), 1)
                .resolve("vnf-br.json"));
        assertThat(last.runs()).containsOnlyKeys("#1");
        assertThat(last.description()).isEqualTo("last passing run #1 (run #2: its stored VNF-BR is gone; passed over)");
    }

    @Test
    void shouldLetTheEngineChooseByItsRuleOfAPassingRun() throws Exception {
        // given: #1 and #2 passed, #3 regressed; for median:N the builds are read newest first until N passed
        job.newBuild().withResult(BENCH, "passed", true);
        job.newBuild().withResult(BENCH, null, true);
        job.newBuild().withResult(BENCH, "failed", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSource last = Fakes.ENGINE.chooseBaseline(BaselinePolicy.parse("lastPassing"), history(current, null));
        BaselineSource median = Fakes.ENGINE.chooseBaseline(BaselinePolicy.parse("median:5"), history(current, null));

        // then
        assertThat(last.description()).isEqualTo("last passing run #2");
        assertThat(median.description()).isEqualTo("median of 2 passing runs (5 asked for): #1, #2");
        assertThat(median.pooled()).isTrue();
    }

    @Test
    void shouldFindAFinishedBuildByNumberWhateverItsGate() throws Exception {
        job.newBuild().withResult(BENCH, "passed", true);
        job.newBuild().withResult(BENCH, "failed", true);
        job.newBuild().withResult(BENCH, "passed", true).building = true;
        FakeRun current = job.newBuild();
        BuildHistory history = history(current, null);

        assertThat(history.run("#2")).get().extracting(RunHistory.StoredRun::id).isEqualTo("#2");
        assertThat(history.run("#3")).as("still building").isEmpty();
        assertThat(history.run("#9")).isEmpty();
        assertThat(history.run("latest")).isEmpty();
        assertThat(Fakes.ENGINE.chooseBaseline(BaselinePolicy.parse("build:2"), history).description())
                .isEqualTo("pinned run #2");
    }

    @Test
    void shouldTakeAPullRequestsBaselineFromItsTargetBranchJob() throws Exception {
        // given: main's #2 passed, #3 regressed; the PR job has a passing build of its own
        FakeJob main = new FakeJob(folder, "main", root);
        main.newBuild().withResult(BENCH, "passed", true);
        main.newBuild().withResult(BENCH, "passed", true);
        main.newBuild().withResult(BENCH, "failed", true);
        job.newBuild().withResult(BENCH, "passed", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSource change = Fakes.ENGINE.chooseBaseline(new BaselinePolicy.TargetBranch(), history(current, "main"));
        BaselineSource notAChange = Fakes.ENGINE.chooseBaseline(new BaselinePolicy.TargetBranch(),
                history(current, " "));

        // then
        assertThat(change.runs()).containsOnlyKeys("#2");
        assertThat(change.runs().get("#2")).isEqualTo(BenchmarkAction.directory(main.builds.get(1), 1)
                .resolve("vnf-br.json"));
        assertThat(change.description()).isEqualTo("target branch vnf/main: last passing run #2");
        assertThat(notAChange.runs()).containsOnlyKeys("#1");
        assertThat(notAChange.description()).startsWith("not a change");
    }

    @Test
    void shouldFindATargetBranchWhoseJobNameIsEncoded() throws Exception {
        // given
        new FakeJob(folder, "release%2F1.x", root).newBuild().withResult(BENCH, "passed", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSource release = Fakes.ENGINE.chooseBaseline(new BaselinePolicy.TargetBranch(),
                history(current, "release/1.x"));
        BaselineSource missing = Fakes.ENGINE.chooseBaseline(new BaselinePolicy.TargetBranch(),
                history(current, "develop"));

        // then
        assertThat(release.description()).isEqualTo("target branch vnf/release%2F1.x: last passing run #1");
        assertThat(missing.runs()).isEmpty();
        assertThat(missing.description()).isEqualTo("no baseline: no history of target branch 'develop' next to vnf/PR-7");
        assertThat(BuildHistory.encodeBranch("feature/x y")).isEqualTo("feature%2Fx%20y");
    }

    @Test
    void shouldCopyAFileBaselineFromTheWorkspaceNextToTheBuildsResults() throws Exception {
        // given
        Path ws = Files.createDirectories(root.resolve("ws/base"));
        Files.writeString(ws.resolve("vnf-br.json"), "{\"id\": \"golden\"}");
        FakeRun current = job.newBuild();

        // when
        BuildHistory history = history(current, null);

        // then
        assertThat(history.file("base/vnf-br.json")).get().satisfies(copy -> {
            assertThat(copy).isEqualTo(root.resolve("fetched/baseline.json"));
            assertThat(copy).hasContent("{\"id\": \"golden\"}");
        });
        assertThat(history.file("nope.json")).isEmpty();
    }

    private BuildHistory history(FakeRun current, String changeTarget) throws Exception {
        return new BuildHistory(current, BENCH, changeTarget, new FilePath(root.resolve("ws").toFile()),
                Files.createDirectories(root.resolve("fetched")));
    }
}
