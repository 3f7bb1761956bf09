package io.vnfbench.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Origin;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.model.codec.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live Trials and interleaving through the session layer and the real Manager on the local environment (built-in
 * forwarders on loopback), with the noop prober so that the values, and so the gate's decisions, are known.
 */
class LiveGateRunTest {
    private static final String GATE = """
            verification:
              tolerance: 2%
              detect: 5%
              metrics:
                - {name: noop, source: noop, metric: noop, direction: higher}
            """;

    @TempDir
    Path dir;

    private static String vnfbr(String variables, String value) {
        return """
                id: live
                name: live gate
                environment: {orchestrator: {type: local}}
                inputs:
                  variables:
                    - {name: nfs, path: /scenario/chains/nfs, values: ["1", "2"]}
                %s
                  vnfbd:
                    id: bd
                    experiments: {tests: 1, trials: 3}
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
                            - {id: 1, name: noop, parameters: [{input: value, value: "%s"}]}
                """.formatted(variables, value) + GATE;
    }

    /** A baseline run with three Trials of 0.97, 1.0 and 1.03 in each Test key: 3 % noise. */
    private Path noisyBaseline() throws Exception {
        List<Output> outputs = new ArrayList<>();
        for (String nfs : List.of("1", "2")) {
            List<Snapshot> snapshots = new ArrayList<>();
            double[] values = {0.97, 1.0, 1.03};
            for (int t = 0; t < values.length; t++) {
                Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", "noop", "prober", "1", "noop"), null,
                        List.of(Metric.scalar("noop", "1", values[t])), null);
                snapshots.add(new Snapshot(Integer.toString(t + 1), (long) t + 1, new Origin("a1", "agent", null),
                        List.of(e), null, null));
            }
            outputs.add(new Output(nfs, List.of(new VariableValue("nfs", nfs)), null,
                    new VnfPp("pp", null, null, null, null, List.of(new Report("1", 1L, snapshots, null, null)))));
        }
        VnfBr base = new VnfBr("base", "base", "1", null, null, null, null, null, outputs, null, null, null);
        return Files.writeString(dir.resolve("base.json"), Documents.writeJson(base));
    }

    @Test
    void shouldRunExtraTrialsWhereThreeCannotDecideAndKeepThemInTheProfile() throws Exception {
        // given a baseline with 3 % noise and a candidate whose three Trials cannot rule out a 5 % regression yet
        Path input = Files.writeString(dir.resolve("in.yaml"), vnfbr("", "1"));
        List<String> said = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void warning(String message) {
                said.add(message);
            }
        };

        // when it runs gated against that baseline
        RunOutcome outcome = Benchmarks.installed().start(RunRequest.builder(input).output(dir.resolve("o/vnf-br.json"))
                .gate(GateRequest.against(BaselineSource.file(noisyBaseline()))).build(), listener).await();

        // then each Test got Trials beyond the three planned, all of them are in the VNF-PP, and each row says after how
        // many Trials its PASS held
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(outcome.trialsRun()).isGreaterThan(6);
        for (Output o : outcome.vnfbr().outputs()) {
            List<Snapshot> snapshots = o.vnfpp().reports().get(0).snapshots();
            assertThat(snapshots.size()).isBetween(4, 10);
            assertThat(snapshots).extracting(Snapshot::trial).doesNotHaveDuplicates();
        }
        assertThat(outcome.gate().orElseThrow().outcome()).isEqualTo(GateOutcome.PASSED);
        assertThat(outcome.gate().orElseThrow().result().verdicts()).filteredOn(v -> !v.testKey().equals("*")).hasSize(2)
                .allSatisfy(v -> {
                    assertThat(v.verdict()).isEqualTo("PASS");
                    assertThat(v.decidedAt()).isGreaterThan(3);
                    assertThat(v.candidateSamples()).isGreaterThan(3L);
                });
        assertThat(said).anyMatch(w -> w.startsWith("gate plan: 6 Trials planned"))
                .anyMatch(w -> w.startsWith("gate: nfs=1: ") && w.contains("extra Trial"));
        VnfBr written = Documents.read(dir.resolve("o/vnf-br.json"), VnfBr.class).value();
        assertThat(written.outputs().get(0).vnfpp().reports().get(0).snapshots())
                .hasSameSizeAs(outcome.vnfbr().outputs().get(0).vnfpp().reports().get(0).snapshots());
    }

    @Test
    void shouldInterleaveTwoVersionsInABBABlocksAndCompareThemPairwise() throws Exception {
        // given two versions of the measured value: the candidate 20 % lower
        Path input = Files.writeString(dir.resolve("ab.yaml"), vnfbr("""
                    - {name: version, path: "/proceedings/agents[uuid='a1']/probers[id='1']/parameters[input='value']/value", values: ["1", "0.8"]}
                """.stripTrailing(), "1"));

        // when the run interleaves them
        RunOutcome outcome = Benchmarks.installed().start(RunRequest.builder(input).output(dir.resolve("ab/vnf-br.json"))
                .gate(GateRequest.against(BaselineSource.runs(java.util.Map.of(), false, "the run"))
                        .withOverrides(GateOverrides.NONE.withInterleave("version=1,0.8"))).build(), RunListener.NONE)
                .await();

        // then every cell has one output per version, with Tests 1 and 2 (one A B B A block decides a constant drop),
        // and the pairs show the drop
        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(outcome.vnfbr().outputs()).hasSize(4).allSatisfy(o ->
                assertThat(o.vnfpp().reports()).extracting(Report::test).containsExactly(1L, 2L));
        assertThat(outcome.gate().orElseThrow().outcome()).isEqualTo(GateOutcome.FAILED);
        assertThat(outcome.gate().orElseThrow().result().verdicts()).hasSize(3).allSatisfy(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.REGRESSION.name());
            assertThat(Double.parseDouble(v.change())).isCloseTo(-0.2, org.assertj.core.api.Assertions.within(1e-9));
        });
        assertThat(outcome.gate().orElseThrow().result().verdicts().get(0).method()).isEqualTo("paired");
    }
}
