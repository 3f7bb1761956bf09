package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hudson.AbortException;
import hudson.FilePath;
import io.vnfbench.cli.Main;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.session.Archive;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same cases through both front ends — the {@code vnfbench} commands and the Jenkins step (its agent side through
 * the stand-in's {@link FilePath#act}; its controller side as the step's execution runs it in builds of a job: the
 * baseline chosen among earlier builds, the gate, the files kept) — give the same warnings, the same located errors,
 * the same files and the same verdicts.
 */
class FrontEndContractTest {

    @TempDir
    Path tmp;

    private Fakes.FakeJob job;

    private static final String VALID = """
            id: contract
            name: front-end contract
            environment: {orchestrator: {type: local}}
            inputs:
              variables:
                - {name: nfs, path: /scenario/chains/nfs, values: ["1", "2"], class: sizing}
              vnfbd:
                id: bd
                experiments: {tests: 1, trials: 2}
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
                        - {id: 1, name: noop, parameters: [{input: value, value: "7"}]}
            """;

    @Test
    void shouldRefuseAnUnreadableVnfBrWithTheSameLocatedErrorsAndWriteNothing() throws Exception {
        Path ws = workspace("""
                id: broken
                inputs:
                  vnfbd:
                    experiments: {trials: many}
                    scenario: {nodez: []}
                """);

        Cli cli = cli("run", input(ws).toString(), "--out", tmp.resolve("cli").toString());
        AbortException glue = agentFails(ws);

        assertThat(cli.exit()).isEqualTo(3);
        assertThat(cli.errors()).hasSize(2).anyMatch(e -> e.contains("vnf-br.yaml:4:27: /inputs/vnfbd/experiments/trials"))
                .anyMatch(e -> e.contains("/inputs/vnfbd/scenario/nodez: unknown member 'nodez'"));
        assertThat(lines(glue.getMessage())).containsExactlyElementsOf(cli.errors());
        assertThat(tmp.resolve("cli")).doesNotExist();
        assertThat(ws.resolve(request().outputVnfbr())).doesNotExist();
        assertThat(ws.resolve(request().lockFile())).doesNotExist();
    }

    @Test
    void shouldReportPlanAndToolProblemsAndDocumentWarningsAlike() throws Exception {
        // given: a variable path that does not resolve, an unknown prober parameter, a variable class off the draft's list
        Path plan = workspace(VALID.replace("/scenario/chains/nfs", "/scenario/chains/nfz"));
        Path tool = workspace(VALID.replace("input: value", "input: rate").replace("class: sizing", "class: traffic"));

        Cli planCli = cli("run", input(plan).toString(), "--out", tmp.resolve("p").toString());
        AbortException planGlue = agentFails(plan);
        Fakes.Listener toolLog = new Fakes.Listener();
        Cli toolCli = cli("run", input(tool).toString(), "--out", tmp.resolve("t").toString());
        AbortException toolGlue = catchThrowableOfType(AbortException.class, () -> agent(tool, toolLog));

        assertThat(planCli.exit()).isEqualTo(3);
        assertThat(planCli.errors()).singleElement().asString().contains("vnf-br.yaml:").contains("/inputs/variables[name='nfs']");
        assertThat(lines(planGlue.getMessage())).containsExactlyElementsOf(planCli.errors());
        assertThat(toolCli.exit()).isEqualTo(3);
        assertThat(toolCli.errors()).isNotEmpty().allMatch(e -> e.contains("'rate'"));
        assertThat(lines(toolGlue.getMessage())).containsExactlyElementsOf(toolCli.errors());
        assertThat(toolCli.warnings()).singleElement().asString().contains("class 'traffic'");
        assertThat(glueWarnings(toolLog)).containsExactlyElementsOf(toolCli.warnings());
    }

    @Test
    void shouldRunToTheSameVnfBrWithTheSameWarnings() throws Exception {
        Path ws = workspace(VALID.replace("class: sizing", "class: traffic"));
        Fakes.Listener log = new Fakes.Listener();

        Cli cli = cli("run", input(ws).toString(), "--out", tmp.resolve("cli").toString(), "--no-report");
        String json = agent(ws, log);

        assertThat(cli.exit()).as(cli.err()).isEqualTo(0);
        VnfBr byCli = Documents.read(tmp.resolve("cli/vnf-br.json"), VnfBr.class).value();
        VnfBr byGlue = Documents.read(ws.resolve(request().outputVnfbr()), VnfBr.class).value();
        assertThat(Documents.read("glue.json", json, VnfBr.class).value()).isEqualTo(byGlue);
        assertThat(shape(byGlue)).isEqualTo(shape(byCli)).containsOnlyKeys("nfs=1", "nfs=2")
                .allSatisfy((key, trials) -> assertThat(trials).isEqualTo("2 Trials, noop 7.0,7.0"));
        assertThat(cli.warnings()).isNotEmpty();
        assertThat(glueWarnings(log)).containsExactlyElementsOf(cli.warnings());
        assertThat(tmp.resolve("cli/report")).doesNotExist();
    }

    @Test
    void shouldGateAlikeWriteTheSameVerdictsBackAndFollowTheSameNoBaselineRule() throws Exception {
        // given: Gym's first run, then its second (rate-limited), both with the same gate
        Path cliDir = Files.createDirectories(tmp.resolve("cli"));
        Path base = gym("results_vnfbr-001.json", cliDir.resolve("base.json"));
        Path cand = gym("results_vnfbr-002.json", cliDir.resolve("cand.json"));

        // when: the first without any baseline, the second against the first; the step in builds #1 and #2 of a job
        Cli cliFirst = cli("verify", base.toString(), "--baseline", cliDir.resolve("none.json").toString(), "--output",
                cliDir.resolve("first.json").toString());
        Cli cli = cli("verify", cand.toString(), "--baseline", base.toString(), "--output",
                cliDir.resolve("verified.json").toString());
        Fakes.Listener firstLog = new Fakes.Listener();
        Fakes.Listener secondLog = new Fakes.Listener();
        Map<String, Object> first = step(base, new VnfBenchmarkStep("vnf-br.yaml"), firstLog);
        Map<String, Object> second = step(cand, new VnfBenchmarkStep("vnf-br.yaml"), secondLog);

        // then: the same rows, written back once into each front end's file
        VerificationResult byCli = written(cliDir.resolve("verified.json"));
        VerificationResult byGlue = written(kept(2));
        assertThat(cli.exit()).as(cli.err()).isEqualTo(1);
        assertThat(second).containsEntry("verdict", "REGRESSION").containsEntry("passed", false)
                .containsEntry("baseline", "last passing run #1");
        assertThat(rows(byGlue)).isEqualTo(rows(byCli)).containsKeys("vnf_memory=2048,vnf_vcpu=1 throughput",
                "vnf_memory=2048,vnf_vcpu=2 throughput").anySatisfy((key, verdict) -> assertThat(verdict)
                .startsWith("REGRESSION"));
        assertThat(byGlue.gate()).isEqualTo(byCli.gate()).isEqualTo("failed");
        assertThat(second.get("failed")).asList().isNotEmpty().containsExactlyElementsOf(byCli.verdicts().stream()
                .filter(v -> v.verdict().equals("REGRESSION")).map(VerificationResult.VerdictEntry::testKey).toList());
        assertThat(cliFirst.exit()).as(cliFirst.err()).isEqualTo(0);
        assertThat(cliFirst.out()).contains("gate: PASSED (").doesNotContain(" PASS ", "REGRESSION");
        assertThat(rows(written(kept(1)))).isEqualTo(rows(written(cliDir.resolve("first.json"))))
                .allSatisfy((key, verdict) -> assertThat(verdict).startsWith("NO_BASELINE"));
        assertThat(first).containsEntry("verdict", "NO_BASELINE").containsEntry("passed", true);
        assertThat(cliFirst.warnings()).anyMatch(w -> w.startsWith("no baseline: "));
        assertThat(glueWarnings(firstLog)).hasSameSizeAs(cliFirst.warnings()).anyMatch(w -> w.startsWith("no baseline: "));
        assertThat(glueWarnings(secondLog)).containsExactlyElementsOf(cli.warnings());
        assertThat(first.get("counts")).isEqualTo(counts("NO_BASELINE", rows(written(kept(1))).size()));
    }

    @Test
    void shouldApplyTheSameOverridesThroughBothFrontEnds() throws Exception {
        Path base = gym("results_vnfbr-001.json", tmp.resolve("base.json"));
        Path cand = gym("results_vnfbr-001.json", tmp.resolve("cand.json"));
        VnfBenchmarkStep options = new VnfBenchmarkStep("vnf-br.yaml");
        options.setConfidence(0.95);

        Cli cli = cli("verify", cand.toString(), "--baseline", base.toString(), "--confidence", "95%", "--output",
                tmp.resolve("v.json").toString());
        step(base, options, new Fakes.Listener());
        step(cand, options, new Fakes.Listener());

        assertThat(cli.exit()).as(cli.err()).isEqualTo(0);
        assertThat(rows(written(kept(2)))).isEqualTo(rows(written(tmp.resolve("v.json"))));
        assertThat(Documents.read(kept(2), VnfBr.class).value().verification().confidence()).isEqualTo("0.95");
        assertThat(Documents.read(tmp.resolve("v.json"), VnfBr.class).value().verification().confidence())
                .isEqualTo("0.95");
    }

    // --- the command line

    private record Cli(int exit, String out, String err) {
        List<String> errors() {
            return lines(err).stream().filter(l -> l.startsWith("error: ")).map(l -> l.substring(7)).toList();
        }

        List<String> warnings() {
            return lines(err).stream().filter(l -> l.startsWith("warning: ")).map(l -> l.substring(9)).toList();
        }
    }

    private static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    // --- the Jenkins step: agent side through the stand-in, controller side through the adapter

    private Path workspace(String vnfbr) throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws-" + Math.abs(vnfbr.hashCode())));
        Files.writeString(ws.resolve("vnf-br.yaml"), vnfbr);
        return ws;
    }

    private static Path input(Path ws) {
        return ws.resolve("vnf-br.yaml").toAbsolutePath().normalize();
    }

    private static AgentRequest request() {
        return new AgentRequest("vnf-br.yaml", "out", "job#1", "", "", "", "", "", false, null);
    }

    private static String agent(Path ws, Fakes.Listener listener) throws Exception {
        return new FilePath(ws.toAbsolutePath().toFile()).act(new RunBenchmarkCallable(request().toJson(), listener));
    }

    private static AbortException agentFails(Path ws) {
        return catchThrowableOfType(AbortException.class, () -> agent(ws, new Fakes.Listener()));
    }

    private static List<String> glueWarnings(Fakes.Listener log) {
        return lines(log.text()).stream().filter(l -> l.startsWith("[vnfbench] warning: "))
                .map(l -> l.substring("[vnfbench] warning: ".length())).toList();
    }

    /** The step in the job's next build, its agent side answering with the VNF-BR in {@code output}. */
    private Map<String, Object> step(Path output, VnfBenchmarkStep options, Fakes.Listener log) throws Exception {
        if (job == null) {
            job = new Fakes.FakeJob(new Fakes.Folder("contract"), "job", tmp.resolve("jobs"));
        }
        return Fakes.runStep(job.newBuild(), options, Files.createDirectories(tmp.resolve("ws")),
                new Fakes.Replay(Files.readString(output)), log);
    }

    /** The step's counts when every row has the one verdict. */
    private static Map<String, Integer> counts(String verdict, int rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (io.vnfbench.engine.model.Verdict v : io.vnfbench.engine.model.Verdict.values()) {
            counts.put(v.name(), v.name().equals(verdict) ? rows : 0);
        }
        return counts;
    }

    /** The VNF-BR the step kept in build {@code number}. */
    private Path kept(int number) {
        return BenchmarkAction.directory(job.builds.get(number - 1), 1).resolve(Archive.VNFBR_FILE);
    }

    // --- what the front ends wrote

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** Per test key: the Trials of each Test and the noop values they measured. */
    private static Map<String, String> shape(VnfBr br) {
        Map<String, String> shape = new LinkedHashMap<>();
        br.outputs().forEach(o -> {
            List<Snapshot> snapshots = o.vnfpp().reports().get(0).snapshots();
            shape.put(o.variables().stream().map(v -> v.name() + "=" + v.value()).collect(Collectors.joining(",")),
                    snapshots.size() + " Trials, noop " + snapshots.stream()
                            .map(s -> s.evaluations().get(0).metric("noop").orElseThrow().scalar())
                            .collect(Collectors.joining(",")));
        });
        return shape;
    }

    private static VerificationResult written(Path file) throws Exception {
        return Documents.read(file, VnfBr.class).value().verification().result();
    }

    /** The verdict rows without the parts that name the baseline or the time. */
    private static Map<String, String> rows(VerificationResult r) {
        Map<String, String> rows = new LinkedHashMap<>();
        r.verdicts().forEach(v -> rows.put(v.id(), v.verdict() + " " + v.method() + " " + v.baselineSamples() + "/"
                + v.candidateSamples() + " " + v.baselineMedian() + " " + v.candidateMedian() + " " + v.change() + " "
                + v.pValue() + " " + v.limit() + " " + v.reason()));
        return rows;
    }

    /** One of Gym's runs with a gate on its throughput ({@link Fakes#gym}). */
    private static Path gym(String name, Path target) throws Exception {
        Documents.writeAtomically(target, Fakes.gym(name, name, null));
        return target;
    }
}
