package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Origin;
import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Report;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.Source;
import io.vnfbench.engine.model.VariableValue;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.plan.PlanOptions;
import io.vnfbench.engine.plan.PlannedInstance;
import io.vnfbench.engine.plan.Planner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The gate of examples/local-snake-vs-pipeline.yaml on synthetic profiles of its 12 planned Tests. */
class ExampleGateTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "local-snake-vs-pipeline.yaml");
    private static final double[] TRIAL_NOISE = {1.0, 1.012, 0.991};

    @TempDir
    Path dir;

    /** The example with one profile per planned Test: 3 Trials of the udp prober, throughput scaled by a factor. */
    private static VnfBr withProfiles(VnfBr example, double throughputFactor) throws Exception {
        List<Output> outputs = new ArrayList<>();
        int n = 0;
        for (PlannedInstance i : Planner.plan(example, new PlanOptions(1000)).instances()) {
            n++;
            List<VariableValue> vars = new ArrayList<>();
            i.variables().forEach((k, v) -> vars.add(new VariableValue(k, v)));
            List<Snapshot> snapshots = new ArrayList<>();
            for (int t = 0; t < TRIAL_NOISE.length; t++) {
                double pps = 400_000.0 / n * TRIAL_NOISE[t] * throughputFactor;
                double latency = 20.0 * n * TRIAL_NOISE[(t + 1) % TRIAL_NOISE.length];
                Evaluation e = new Evaluation("1", 1L, 1L, new Source("1", "udp", "prober", "1", "udp rate=max"), null,
                        List.of(Metric.scalar("throughput_pps", "pps", pps),
                                Metric.scalar("latency_p50", "us", latency)), null);
                snapshots.add(new Snapshot(Integer.toString(t + 1), (long) t + 1, new Origin("tg", "agent", null),
                        List.of(e), null, null));
            }
            outputs.add(new Output(i.id(), vars, null,
                    new VnfPp("pp-" + i.id(), null, null, null, null, List.of(new Report("1", 1L, snapshots, null, null)))));
        }
        return example.withOutputs(outputs);
    }

    @Test
    void shouldPassTheExampleAgainstItselfAndFailWithThroughputRegressionsWhenEverySampleDropsTenPercent()
            throws Exception {
        // given the example's own gate and a synthetic profile of every planned Test
        VnfBr example = Documents.read(EXAMPLE, VnfBr.class).value();
        assertThat(example.verification()).as("the example carries a verification section").isNotNull();
        Path baseline = dir.resolve("baseline.json");
        Path lowered = dir.resolve("lowered.json");
        Files.writeString(baseline, Documents.writeJson(withProfiles(example, 1.0)));
        Files.writeString(lowered, Documents.writeJson(withProfiles(example, 0.9)));
        Path junit = dir.resolve("gate.xml");

        // when
        CliTest.Result same = CliTest.run("verify", baseline.toString(), "--baseline", baseline.toString());
        CliTest.Result worse = CliTest.run("verify", lowered.toString(), "--baseline", baseline.toString(),
                "--junit", junit.toString());

        // then
        assertThat(same.exit()).as(same.out() + same.err()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("gate: PASSED (").doesNotContain("REGRESSION");
        assertThat(worse.exit()).as(worse.out() + worse.err()).isEqualTo(ExitCode.GATE_FAILED);
        List<String> throughputRows = worse.out().lines().filter(l -> l.startsWith("chains=")
                && l.contains("throughput (udp/throughput_pps")).toList();
        assertThat(throughputRows).hasSize(12).allMatch(l -> l.contains("-10.00 %")
                && (l.contains("REGRESSION") || l.contains("INCONCLUSIVE")));
        assertThat(worse.out().lines().filter(l -> l.startsWith("* ") && l.contains("throughput (udp/throughput_pps")))
                .singleElement().asString().contains("REGRESSION", "-10.00 %");
        assertThat(worse.out().lines().filter(l -> l.startsWith("chains=") && l.contains("latency (udp/latency_p50")))
                .hasSize(12).allMatch(l -> l.contains(" PASS "));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isPositive();
        for (int k = 0; k < failures.getLength(); k++) {
            assertThat(((Element) failures.item(k).getParentNode()).getAttribute("classname"))
                    .isEqualTo("vnfbench.throughput");
        }
    }
}
