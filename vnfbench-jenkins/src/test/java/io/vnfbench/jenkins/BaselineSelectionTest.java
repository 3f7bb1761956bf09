package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.jenkins.Fakes.FakeJob;
import io.vnfbench.jenkins.Fakes.FakeRun;
import io.vnfbench.jenkins.Fakes.Folder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineSelectionTest {

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
    void shouldPickTheNewestEarlierBuildWhoseGatePassed() throws Exception {
        // given: #1 pass, #2 regression, #3 inconclusive, #4 = current
        job.newBuild().withResult(BENCH, "PASS", true);
        job.newBuild().withResult(BENCH, "REGRESSION", true);
        job.newBuild().withResult(BENCH, "INCONCLUSIVE", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice c = BaselineSelection.choose(BaselineSpec.parse("lastPassing"), current, BENCH, null);

        // then
        assertThat(numbers(c)).containsExactly(1);
        assertThat(c.note()).isEqualTo("last passing build: #1");
    }

    @Test
    void shouldSkipBuildsWhoseReportsAreMissingAndSaySo() throws Exception {
        // given: #1 pass, #2 pass but its files were deleted, #3 ran something else, #4 still building
        job.newBuild().withResult(BENCH, "PASS", true);
        job.newBuild().withResult(BENCH, "PASS", false);
        job.newBuild().withResult("other.yaml", "PASS", true);
        job.newBuild().withResult(BENCH, "PASS", true).building = true;
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice c = BaselineSelection.choose(BaselineSpec.parse("lastPassing"), current, BENCH, null);

        // then
        assertThat(numbers(c)).containsExactly(1);
        assertThat(c.note()).contains("build #2 ran bench/vnf-br.yaml but its stored report is missing; skipped");
    }

    @Test
    void shouldCombineTheLastNPassingBuildsForAMedianBaseline() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "PASS", true);
        job.newBuild().withResult(BENCH, "NO_BASELINE", true);
        job.newBuild().withResult(BENCH, "REGRESSION", true);
        job.newBuild().withResult(BENCH, "IMPROVEMENT", true);
        job.newBuild().withResult(BENCH, "PASS", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice three = BaselineSelection.choose(BaselineSpec.parse("median:3"), current, BENCH, null);
        BaselineSelection.Choice ten = BaselineSelection.choose(BaselineSpec.parse("median:10"), current, BENCH, null);

        // then
        assertThat(numbers(three)).containsExactly(5, 4, 2);
        assertThat(numbers(ten)).containsExactly(5, 4, 2, 1);
        assertThat(ten.note()).endsWith("only 4 of 10 found");
    }

    @Test
    void shouldHaveNoBaselineWhenNoEarlierBuildPassed() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "REGRESSION", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice c = BaselineSelection.choose(BaselineSpec.parse("lastPassing"), current, BENCH, null);

        // then
        assertThat(c.builds()).isEmpty();
        assertThat(c.note()).startsWith("no baseline:");
    }

    @Test
    void shouldUseAPinnedBuildWhateverItsVerdict() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "PASS", true);
        job.newBuild().withResult(BENCH, "REGRESSION", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice pinned = BaselineSelection.choose(BaselineSpec.parse("build:2"), current, BENCH, null);
        BaselineSelection.Choice gone = BaselineSelection.choose(BaselineSpec.parse("build:9"), current, BENCH, null);

        // then
        assertThat(numbers(pinned)).containsExactly(2);
        assertThat(gone.builds()).isEmpty();
        assertThat(gone.note()).contains("build #9 does not exist");
    }

    @Test
    void shouldTakeAPullRequestsBaselineFromItsTargetBranchJob() throws Exception {
        // given: main's #2 passed, #3 regressed; the PR job has a passing build of its own
        FakeJob main = new FakeJob(folder, "main", root);
        main.newBuild().withResult(BENCH, "PASS", true);
        main.newBuild().withResult(BENCH, "PASS", true);
        main.newBuild().withResult(BENCH, "REGRESSION", true);
        job.newBuild().withResult(BENCH, "PASS", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice c = BaselineSelection.choose(BaselineSpec.parse("targetBranch"), current, BENCH, "main");

        // then
        assertThat(c.builds()).extracting(r -> r.dir().toString()).allMatch(d -> d.contains("main"));
        assertThat(numbers(c)).containsExactly(2);
        assertThat(c.note()).isEqualTo("target branch vnf/main, last passing build: #2");
    }

    @Test
    void shouldFindATargetBranchWhoseJobNameIsEncoded() throws Exception {
        // given
        FakeJob release = new FakeJob(folder, "release%2F1.x", root);
        release.newBuild().withResult(BENCH, "PASS", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice c = BaselineSelection.choose(BaselineSpec.parse("targetBranch"), current, BENCH, "release/1.x");
        BaselineSelection.Choice missing = BaselineSelection.choose(BaselineSpec.parse("targetBranch"), current, BENCH, "develop");

        // then
        assertThat(numbers(c)).containsExactly(1);
        assertThat(missing.builds()).isEmpty();
        assertThat(missing.note()).contains("no job for target branch 'develop'");
    }

    @Test
    void shouldFallBackToThisJobWhenTheBuildIsNotAPullRequest() throws Exception {
        // given
        job.newBuild().withResult(BENCH, "PASS", true);
        FakeRun current = job.newBuild();

        // when
        BaselineSelection.Choice c = BaselineSelection.choose(BaselineSpec.parse("targetBranch"), current, BENCH, null);

        // then
        assertThat(numbers(c)).containsExactly(1);
        assertThat(c.note()).startsWith("not a pull request");
    }

    private static List<Integer> numbers(BaselineSelection.Choice c) {
        return c.builds().stream().map(StoredResult::number).toList();
    }
}
