package io.vnfbench.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.GatedMetric;
import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one baseline grammar and the one choice among earlier runs, for a history directory and for a CI server's builds
 * alike: which runs pass is the gate's own rule, read from each run's stored VNF-BR.
 */
class BaselineChooserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Benchmarks benchmarks = Benchmarks.installed(CLOCK);

    @Test
    void shouldParseEveryFormWithItsSynonymsAndWriteItBack() {
        assertThat(BaselinePolicy.parse(null)).isEqualTo(new BaselinePolicy.Last());
        assertThat(BaselinePolicy.parse(" lastPassing ")).isEqualTo(new BaselinePolicy.Last());
        assertThat(BaselinePolicy.parse("median:5")).isEqualTo(new BaselinePolicy.MedianOf(5));
        assertThat(BaselinePolicy.parse("build:42")).isEqualTo(new BaselinePolicy.Pinned("#42"));
        assertThat(BaselinePolicy.parse("pinned:run-3")).isEqualTo(new BaselinePolicy.Pinned("run-3"));
        assertThat(BaselinePolicy.parse("file:base/vnf-br.json")).isEqualTo(new BaselinePolicy.File("base/vnf-br.json"));
        assertThat(BaselinePolicy.parse("TargetBranch")).isEqualTo(new BaselinePolicy.TargetBranch());
        for (String s : List.of("last", "median:3", "pinned:#7", "file:a/b.json", "targetBranch")) {
            assertThat(BaselinePolicy.parse(s)).hasToString(s);
        }
    }

    @Test
    void shouldRejectMalformedPoliciesSayingWhatIsWrong() {
        assertThatThrownBy(() -> BaselinePolicy.parse("latest"))
                .hasMessage("baseline 'latest' is not one of: last, median:N, pinned:ID, file:PATH, targetBranch");
        assertThatThrownBy(() -> BaselinePolicy.parse("median:0")).hasMessageContaining("not a positive whole number");
        assertThatThrownBy(() -> BaselinePolicy.parse("median:x")).hasMessageContaining("not a positive whole number");
        assertThatThrownBy(() -> BaselinePolicy.parse("median:51")).hasMessageContaining("1..50");
        assertThatThrownBy(() -> BaselinePolicy.parse("build:")).hasMessageContaining("a build number");
        assertThatThrownBy(() -> BaselinePolicy.parse("file:")).hasMessageContaining("needs a path");
        assertThatThrownBy(() -> BaselinePolicy.parse("pinned:")).hasMessageContaining("needs a run id");
        assertThatThrownBy(() -> BaselinePolicy.parse("last:3")).hasMessageContaining("takes no argument");
    }

    @Test
    void shouldChooseTheNewestRunThatPassedByTheGatesOwnRule() throws Exception {
        // given: #5 failed its gate, #4 has an error, #3 passed with INCONCLUSIVE rows (not strict), #2 and #1 passed
        Builds job = job("vnf/main", run("#5", "failed", null), run("#4", null, "deploy failed"),
                run("#3", "passed", null), run("#2", "passed", null), run("#1", null, null));

        // when
        BaselineSource last = benchmarks.chooseBaseline(BaselinePolicy.parse("last"), job);

        // then
        assertThat(last.runs()).containsOnlyKeys("#3");
        assertThat(last.pooled()).isFalse();
        assertThat(last.description()).isEqualTo("last passing run #3");
    }

    @Test
    void shouldPoolTheNewestPassingRunsAndSayWhenThereAreFewer() throws Exception {
        Builds job = job("vnf/main", run("#4", "failed", null), run("#3", "passed", null), run("#2", null, null),
                run("#1", "passed", null));

        BaselineSource two = benchmarks.chooseBaseline(BaselinePolicy.parse("median:2"), job);
        BaselineSource ten = benchmarks.chooseBaseline(BaselinePolicy.parse("median:10"), job);

        assertThat(two.runs()).containsOnlyKeys("#3", "#2");
        assertThat(two.pooled()).isTrue();
        assertThat(two.description()).isEqualTo("median of 2 passing runs: #2, #3");
        assertThat(ten.runs().keySet()).containsExactly("#3", "#2", "#1");
        assertThat(ten.description()).isEqualTo("median of 3 passing runs (10 asked for): #1, #2, #3");
    }

    @Test
    void shouldPassOverRunsWhoseStoredVnfBrIsGoneAndNameThem() throws Exception {
        RunHistory.StoredRun gone = new RunHistory.StoredRun("#2", dir.resolve("deleted/vnf-br.json"));
        Builds job = job("vnf/main", gone, run("#1", "passed", null));

        BaselineSource last = benchmarks.chooseBaseline(new BaselinePolicy.Last(), job);

        assertThat(last.runs()).containsOnlyKeys("#1");
        assertThat(last.description()).isEqualTo("last passing run #1 (run #2: its stored VNF-BR is gone; passed over)");
    }

    @Test
    void shouldHaveNoBaselineAndSayWhyWhenNothingQualifies() throws Exception {
        BaselineSource empty = benchmarks.chooseBaseline(new BaselinePolicy.Last(), job("vnf/main"));
        BaselineSource failed = benchmarks.chooseBaseline(new BaselinePolicy.MedianOf(3),
                job("vnf/main", run("#1", "failed", null)));

        assertThat(empty.runs()).isEmpty();
        assertThat(empty.description()).isEqualTo("no baseline: no earlier run in vnf/main");
        assertThat(failed.description()).isEqualTo("no baseline: none of the 1 earlier run(s) in vnf/main passed its gate");
    }

    @Test
    void shouldUseAPinnedRunWhateverItsGateAndSayWhenItIsNotThere() throws Exception {
        Builds job = job("vnf/main", run("#2", "failed", null), run("#1", "passed", null));

        BaselineSource pinned = benchmarks.chooseBaseline(BaselinePolicy.parse("build:2"), job);
        BaselineSource missing = benchmarks.chooseBaseline(BaselinePolicy.parse("build:9"), job);

        assertThat(pinned.runs()).containsOnlyKeys("#2");
        assertThat(pinned.description()).isEqualTo("pinned run #2");
        assertThat(missing.runs()).isEmpty();
        assertThat(missing.description()).isEqualTo("no baseline: no run with id '#9' in vnf/main");
    }

    @Test
    void shouldTakeAChangesBaselineFromItsTargetBranchAndOtherwiseFromItsOwnRuns() throws Exception {
        // given: main's #3 regressed, #2 passed; the pull request's own job has a passing run
        Builds main = job("vnf/main", run("#3", "failed", null), run("#2", "passed", null));
        Builds pr = job("vnf/PR-7", run("#1", "passed", null));
        pr.branches.put("main", main);

        // when
        pr.target = "main";
        BaselineSource change = benchmarks.chooseBaseline(new BaselinePolicy.TargetBranch(), pr);
        pr.target = "develop";
        BaselineSource noBranch = benchmarks.chooseBaseline(new BaselinePolicy.TargetBranch(), pr);
        pr.target = null;
        BaselineSource notAChange = benchmarks.chooseBaseline(new BaselinePolicy.TargetBranch(), pr);

        // then
        assertThat(change.runs()).containsOnlyKeys("#2");
        assertThat(change.runs().get("#2")).isEqualTo(main.runs.get(1).vnfbr());
        assertThat(change.description()).isEqualTo("target branch vnf/main: last passing run #2");
        assertThat(noBranch.description())
                .isEqualTo("no baseline: no history of target branch 'develop' next to vnf/PR-7");
        assertThat(notAChange.runs()).containsOnlyKeys("#1");
        assertThat(notAChange.description()).isEqualTo("not a change (no target branch), so last passing run #1");
    }

    @Test
    void shouldTakeAFileTheHistoryFetches() throws Exception {
        Builds job = job("vnf/main");
        job.files.put("base/vnf-br.json", stored("golden", "passed", null));

        BaselineSource file = benchmarks.chooseBaseline(BaselinePolicy.parse("file:base/vnf-br.json"), job);
        BaselineSource missing = benchmarks.chooseBaseline(BaselinePolicy.parse("file:nope.json"), job);

        assertThat(file.runs()).containsOnlyKeys("base/vnf-br.json");
        assertThat(file.description()).isEqualTo("file base/vnf-br.json");
        assertThat(missing.description()).isEqualTo("no baseline: file nope.json does not exist");
    }

    @Test
    void shouldRefuseAStoredVnfBrThatDoesNotRead() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\", \"nodez\": 1}");

        assertThatThrownBy(() -> benchmarks.chooseBaseline(new BaselinePolicy.Last(),
                job("vnf/main", new RunHistory.StoredRun("#1", broken))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken.json").hasMessageContaining("nodez");
    }

    @Test
    void shouldGateAgainstTheChosenRunsPooledAsAHistory() throws Exception {
        // given: two passing runs of Gym's first profile; the candidate is its rate-limited second run
        Builds job = job("vnf/main", run("#2", "passed", null), run("#1", "passed", null));
        BaselineSource chosen = benchmarks.chooseBaseline(BaselinePolicy.parse("median:5"), job);
        Path candidate = gym("results_vnfbr-002.json", null, null, dir.resolve("candidate.json"));

        // when
        GateDecision d = benchmarks.gate(candidate, GateRequest.against(chosen), null);

        // then: both runs are the baseline, named as they were chosen
        assertThat(d.baselineId()).isEqualTo("median of 2 passing runs (5 asked for): #1, #2");
        assertThat(d.result().verdicts()).filteredOn(v -> v.testKey().startsWith("vnf_"))
                .isNotEmpty().allSatisfy(v -> assertThat(v.baselineSamples()).isEqualTo(8L));
    }

    @Test
    void shouldChooseInAHistoryDirectoryByTheSameRule() throws Exception {
        // given: a directory whose newest run (same time stamps, so the later file name) failed its gate
        Path history = Files.createDirectories(dir.resolve("history"));
        gym("results_vnfbr-001.json", "passed", null, history.resolve("a-older.json"));
        gym("results_vnfbr-001.json", "failed", null, history.resolve("b-newer.json"));
        Path candidate = gym("results_vnfbr-002.json", null, null, dir.resolve("candidate.json"));

        // when
        GateDecision last = benchmarks.gate(candidate, GateRequest.against(BaselineSource.history(history, "last")),
                null);
        GateDecision byDocumentId = benchmarks.gate(candidate,
                GateRequest.against(BaselineSource.history(history, "pinned:" + documentId(history.resolve("b-newer.json")))),
                null);

        // then
        assertThat(last.baselineId()).isEqualTo("last passing run a-older");
        assertThat(byDocumentId.baselineId()).isEqualTo("pinned run b-newer");
    }

    // --- fixtures

    /** Runs as a CI server lists them, newest first, with other branches of the same project and fetchable files. */
    private static final class Builds implements RunHistory {
        final String name;
        final List<StoredRun> runs;
        final Map<String, Builds> branches = new HashMap<>();
        final Map<String, Path> files = new LinkedHashMap<>();
        String target;

        Builds(String name, List<StoredRun> runs) {
            this.name = name;
            this.runs = runs;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<StoredRun> runs() {
            return runs;
        }

        @Override
        public Optional<StoredRun> run(String id) {
            return runs.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public Optional<String> changeTarget() {
            return Optional.ofNullable(target);
        }

        @Override
        public Optional<RunHistory> branch(String branch) {
            return Optional.ofNullable(branches.get(branch));
        }

        @Override
        public Optional<Path> file(String path) {
            return Optional.ofNullable(files.get(path));
        }
    }

    private static Builds job(String name, RunHistory.StoredRun... newestFirst) {
        return new Builds(name, new ArrayList<>(List.of(newestFirst)));
    }

    private RunHistory.StoredRun run(String id, String gate, String error) throws Exception {
        return new RunHistory.StoredRun(id, stored(id.replace("#", "build-"), gate, error));
    }

    /** Gym's first run as stored by a run whose gate ended {@code gate} (null: not gated) with {@code error}. */
    private Path stored(String name, String gate, String error) throws Exception {
        return gym("results_vnfbr-001.json", gate, error, Files.createDirectories(dir.resolve(name)).resolve("vnf-br.json"));
    }

    private Path gym(String name, String gate, String error, Path target) throws Exception {
        VnfBr br = Documents.read(Path.of(getClass().getResource("/conformance/gym/" + name).toURI()), VnfBr.class)
                .value();
        Verification section = new Verification(List.of(new GatedMetric("throughput", "iperf3", "bits_per_second",
                "d1", null, "higher", "5%", null, null, null, null, null, null, null, null)), null, null, null, null,
                null, null, null, null, null, null);
        VnfBr stored = new VnfBr(target.getParent().getFileName() + "-" + target.getFileName(), br.name(),
                br.version(), br.author(), br.description(), br.vnf(), br.environment(), br.inputs(), br.outputs(),
                br.timestamp(), error, gate == null ? section
                : section.withResult(new VerificationResult(gate, "x", "2026-11-20T00:00:00Z", List.of(), List.of())));
        Documents.writeAtomically(target, stored);
        return target;
    }

    private static String documentId(Path file) throws Exception {
        return Documents.read(file, VnfBr.class).value().id();
    }
}
