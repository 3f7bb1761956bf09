package io.vnfbench.engine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Evaluation;
import io.vnfbench.engine.model.Metric;
import io.vnfbench.engine.model.Snapshot;
import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.VnfPp;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Gym's own documents (test resources, Apache-2.0) read as they are and survive a write/read round trip. */
class ConformanceTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/gym/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static <T> T read(String name, Class<T> type) throws Exception {
        return Documents.read(name, resource(name), type).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vnf-br-001.json", "vnf-br-002.json", "vnf-br-003.json", "fixtures_vnf-br-003.json",
            "results_vnfbr-001.json", "results_vnfbr-002.json", "results_vnfbr-003.json"})
    void shouldReadGymVnfBrsAndRoundTripThemUnchanged(String name) throws Exception {
        VnfBr br = read(name, VnfBr.class);

        VnfBr again = Documents.read("again.json", Documents.writeJson(br), VnfBr.class).value();
        VnfBr fromYaml = Documents.read("again.yaml", Documents.writeYaml(br), VnfBr.class).value();

        assertThat(again).isEqualTo(br);
        assertThat(fromYaml).isEqualTo(br);
        assertThat(br.inputs().vnfbd().scenario().nodes()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures_vnf-pp-000.json", "fixtures_vnf-pp-002.json"})
    void shouldReadGymVnfPps(String name) throws Exception {
        VnfPp pp = read(name, VnfPp.class);

        assertThat(pp.reports()).isNotEmpty();
        assertThat(Documents.read("again.json", Documents.writeJson(pp), VnfPp.class).value()).isEqualTo(pp);
    }

    @Test
    void shouldReadGymVnfBd() throws Exception {
        VnfBd bd = read("fixtures_vnf-bd-003.json", VnfBd.class);

        assertThat(bd.scenario().nodes()).extracting(n -> n.id()).contains("d1", "d2");
        assertThat(Documents.read("again.json", Documents.writeJson(bd), VnfBd.class).value()).isEqualTo(bd);
    }

    @Test
    void shouldWarnAboutGymTrafficVariableClass() throws Exception {
        ReadResult<VnfBr> result = Documents.read("vnf-br-003.json", resource("vnf-br-003.json"), VnfBr.class);

        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.message()).contains("variable class 'traffic'");
            assertThat(w.yangPath()).isEqualTo("/inputs/variables[name='pcap']");
            assertThat(w.location().line()).isGreaterThan(1);
        });
    }

    @Test
    void shouldHoldResultsStructureAndMetrics() throws Exception {
        VnfBr br = read("results_vnfbr-003.json", VnfBr.class);

        assertThat(br.outputs()).hasSize(4);
        assertThat(br.outputs()).extracting(o -> o.vnfpp().reports().size()).containsOnly(2);
        // A report holds 2 trials x 3 agents/monitors, or, where Gym's Test failed, only its error.
        assertThat(br.outputs().stream().flatMap(o -> o.vnfpp().reports().stream()))
                .extracting(r -> r.error() == null ? r.snapshots().size() : -1).containsOnly(6, -1).contains(6, -1);
    }

    @Test
    void shouldReadScalarAndSeriesMetricsFromResults() throws Exception {
        VnfBr br = read("results_vnfbr-002.json", VnfBr.class);
        List<Evaluation> evaluations = br.outputs().stream().flatMap(o -> o.vnfpp().reports().stream())
                .flatMap(r -> r.snapshots().stream()).map(Snapshot::evaluations).flatMap(List::stream).toList();

        Metric bps = evaluations.stream().flatMap(e -> e.metric("bits_per_second").stream()).findFirst().orElseThrow();
        Metric series = evaluations.stream().flatMap(e -> e.metrics().stream()).filter(m -> !m.series().isEmpty())
                .findFirst().orElseThrow();

        assertThat(bps.scalarValue().orElseThrow()).isEqualTo(999979659.4114269); // the first iperf3 result in the file
        assertThat(bps.unit()).isEqualTo("bits_per_second");
        assertThat(series.numericValues()).hasSizeGreaterThan(1);
    }
}
