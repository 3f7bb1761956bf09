package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.Verification;
import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void shouldCarryTheGatesVerdictsAndOutcome() throws Exception {
        // given
        VnfBr br = Documents.read(resource("conformance/gym/results_vnfbr-001.json"), VnfBr.class).value();
        RunSummary plain = ProfileSummariser.summarise(br, null, null);
        MetricSummary sampled = plain.metrics().get(0);
        VerificationResult.VerdictEntry entry = new VerificationResult.VerdictEntry("1", sampled.key().testKey(),
                "g", null, sampled.key().metric(), "higher", "REGRESSION", "welch", 3L, 3L, "12.5", "10", "-0.2",
                "0.001", "5%", null);
        VnfBr gated = new VnfBr(br.id(), br.name(), br.version(), br.author(), br.description(), br.vnf(),
                br.environment(), br.inputs(), br.outputs(), br.timestamp(), br.error(),
                new Verification(List.of(), null, null, null, null, null, null, null, null, null,
                        new VerificationResult("failed", "run-41", null, List.of(entry), List.of())));

        // when
        RunSummary summary = ProfileSummariser.summarise(gated, null, null);

        // then
        assertThat(summary.gate()).isEqualTo(GateOutcome.FAILED);
        MetricSummary m = summary.metric(sampled.key()).orElseThrow();
        assertThat(m.verdict()).isEqualTo("REGRESSION");
        assertThat(m.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(m.baselineId()).isEqualTo("run-41");
        assertThat(m.baselineMedian()).isEqualTo(12.5);
        assertThat(m.statistics()).isEqualTo(sampled.statistics());
        assertThat(summary.metrics()).hasSameSizeAs(plain.metrics());
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ProfileSummariserTest.class.getClassLoader().getResource(name).toURI());
    }
}
