package io.vnfbench.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Output;
import io.vnfbench.engine.model.Variable;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.trend.MetricKey;
import io.vnfbench.engine.trend.ProfileSummariser;
import io.vnfbench.engine.trend.RunSummary;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NfvbenchImportTest {

    @Test
    void shouldImportEveryConformanceFileAsOneOutputWithVariablesFromItsName() throws Exception {
        // given
        List<Path> files = conformanceFiles();

        // when
        VnfBr br = NfvbenchImport.build(files, FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN));

        // then
        assertThat(br.outputs()).hasSize(files.size());
        assertThat(br.inputs().variables()).extracting(Variable::name)
                .containsExactly("topology", "chains", "nfs", "run");
        assertThat(br.inputs().variables().get(1).values()).containsExactly("1", "2", "4", "6", "8", "10");
        assertThat(br.inputs().variables().get(1).type()).isEqualTo("uint32");
        Output first = br.outputs().get(0);
        assertThat(first.variables()).extracting(v -> v.name() + "=" + v.value())
                .containsExactly("topology=csc", "chains=1", "nfs=1", "run=18500000pps");
        assertThat(first.vnfpp().reports().get(0).snapshots().get(0).evaluations().get(0).source().call())
                .contains("csc_1c1n_18500000pps-1.json");
    }

    @Test
    void shouldWriteADocumentTheCodecReadsBackEqual() throws Exception {
        // given
        VnfBr br = NfvbenchImport.build(conformanceFiles(),
                FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN));

        // when
        VnfBr back = Documents.read("vnf-br.json", Documents.writeJson(br), VnfBr.class).value();

        // then
        assertThat(back).isEqualTo(br);
    }

    @Test
    void shouldSummariseToTheReadmeFigures() throws Exception {
        // given
        VnfBr br = NfvbenchImport.build(conformanceFiles(),
                FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN));

        // when
        RunSummary summary = ProfileSummariser.summarise(br, null, null);

        // then
        assertThat(ndr(summary, "csc", 1, 1)).isBetween(6.2e6, 6.3e6);
        assertThat(ndr(summary, "csc", 1, 8)).isBetween(1.1e6, 1.2e6);
        assertThat(ndr(summary, "csp", 1, 8)).isBetween(6.3e6, 6.35e6);
        assertThat(ndr(summary, "vsc", 2, 1)).isZero();
    }

    @Test
    void shouldMakeFilesThatDifferOnlyInTheTrialNumberTrialsOfOneOutput(@TempDir Path dir) throws Exception {
        // given
        Path source = conformanceFiles().get(0);
        Path one = Files.copy(source, dir.resolve("csc_1c1n_ndr-1.json"));
        Path two = Files.copy(source, dir.resolve("csc_1c1n_ndr-2.json"));

        // when
        VnfBr br = NfvbenchImport.build(List.of(one, two), FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN));

        // then
        assertThat(br.outputs()).hasSize(1);
        assertThat(br.outputs().get(0).vnfpp().reports().get(0).snapshots()).extracting(s -> s.trial())
                .containsExactly(1L, 2L);
    }

    @Test
    void shouldNameAFileThatDoesNotMatchThePattern(@TempDir Path dir) throws Exception {
        // given
        Path odd = Files.copy(conformanceFiles().get(0), dir.resolve("result.json"));

        // when / then
        assertThatThrownBy(() -> NfvbenchImport.build(List.of(odd),
                FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN)))
                .hasMessageContaining("result.json").hasMessageContaining("--name-pattern");
    }

    @Test
    void shouldMatchPatternsShortestFirst() {
        // given
        FileNamePattern pattern = FileNamePattern.compile(NfvbenchImport.DEFAULT_PATTERN);

        // then
        assertThat(pattern.match("csc_10c1n_18500000pps-1.json")).hasValueSatisfying(m -> assertThat(m)
                .containsEntry("topology", "csc").containsEntry("chains", "10").containsEntry("nfs", "1")
                .containsEntry("run", "18500000pps").containsEntry("n", "1"));
        assertThat(pattern.match("csc_1c1n.json")).isEmpty();
        assertThatThrownBy(() -> FileNamePattern.compile("{a}_{a}")).hasMessageContaining("twice");
        assertThatThrownBy(() -> FileNamePattern.compile("plain.json")).hasMessageContaining("placeholder");
    }

    private static double ndr(RunSummary s, String topology, int chains, int nfs) {
        String key = "chains=" + chains + ",nfs=" + nfs + ",run=ndr,topology=" + topology;
        return s.metric(new MetricKey(key, "nfvbench", "ndr_rate_pps_64B")).orElseThrow().statistics().median();
    }

    static List<Path> conformanceFiles() throws URISyntaxException, IOException {
        Path dir = Path.of(NfvbenchImportTest.class.getClassLoader().getResource("conformance/nfvbench/README.md")
                .toURI()).getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
