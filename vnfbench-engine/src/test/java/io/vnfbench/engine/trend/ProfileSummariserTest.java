package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfileSummariserTest {

    @Test
    void shouldSummariseAGymResultPerOutputAndMetric() throws Exception {
        // given
        VnfBr br = Documents.read(resource("conformance/gym/results_vnfbr-001.json"), VnfBr.class).value();

        // when
        RunSummary summary = ProfileSummariser.summarise(br, null, 7L);

        // then
        assertThat(summary.runNumber()).isEqualTo(7L);
        assertThat(summary.testKeys()).hasSize(br.outputs().size());
        assertThat(summary.metrics()).isNotEmpty();
        assertThat(summary.metrics()).allSatisfy(m -> assertThat(m.statistics().n()).isPositive());
        String json = RunSummaryJson.write(summary);
        assertThat(RunSummaryJson.fromPlain(
                io.vnfbench.engine.model.codec.PlainDocument.read("s.json", json.getBytes()), "s.json"))
                .isEqualTo(summary);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ProfileSummariserTest.class.getClassLoader().getResource(name).toURI());
    }
}
