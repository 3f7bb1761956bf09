package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.GateOutcome;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.model.codec.PlainDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunSummaryJsonTest {

    @Test
    void shouldWriteTheGoldenSummary() throws IOException {
        // given
        MetricKey pps = new MetricKey("chains=1,nfs=2,topology=snake", "udp-load", "throughput_pps");
        MetricKey latency = new MetricKey("chains=1,nfs=2,topology=snake", "udp-load", "latency_p99");
        MetricKey failed = new MetricKey("chains=2,nfs=1,topology=\"pipe\\line\"", "udp-load", "throughput_pps");
        RunSummary run = new RunSummaryBuilder("vnf-br-42").runNumber(42L)
                .timestamp(Instant.parse("2026-11-21T10:15:30Z")).vnf("l2fwd 1.2").environment("local (local)")
                .gate(GateOutcome.FAILED)
                .addSample(pps, "pps", 1_000_000).addSample(pps, "pps", 990_000).addSample(pps, "pps", 1_010_500)
                .addSample(latency, "us", 12.5).addSample(latency, "us", 0.000125).addSample(latency, "us", 3e20)
                .addFailedTrial(latency, "us")
                .verdict(pps, Direction.HIGHER_IS_BETTER, Verdict.REGRESSION, "vnf-br-41", 1_100_000.25)
                .verdict(failed, Direction.HIGHER_IS_BETTER, Verdict.ERROR, null, Double.NaN)
                .build();

        // when
        String json = RunSummaryJson.write(run);

        // then
        assertThat(json).isEqualTo(golden("trend/run-summary-v2.json"));
    }

    @Test
    void shouldReadTheGoldenSummaryBackToTheSameDocument() throws Exception {
        // given
        String golden = golden("trend/run-summary-v2.json");

        // when
        RunSummary read = RunSummaryJson.fromPlain(
                PlainDocument.read("summary.json", golden.getBytes(StandardCharsets.UTF_8)), "summary.json");

        // then
        assertThat(RunSummaryJson.write(read)).isEqualTo(golden);
        assertThat(read.gate()).isEqualTo(GateOutcome.FAILED);
        assertThat(read.metrics().get(1).isRegression()).isTrue();
        assertThat(read.metrics().get(0).failedTrials()).isEqualTo(1);
    }

    @Test
    void shouldStillReadVersionOneSummariesThatEarlierBuildsStored() throws Exception {
        // given
        String v1 = golden("trend/run-summary-v1.json");

        // when
        RunSummary read = RunSummaryJson.fromPlain(
                PlainDocument.read("summary.json", v1.getBytes(StandardCharsets.UTF_8)), "summary.json");

        // then
        assertThat(read.metrics()).hasSize(3);
        assertThat(read.metrics().get(1).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(read.metrics().get(1).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(RunSummaryJson.write(read)).contains("\"version\": 2");
    }

    @Test
    void shouldRefuseAVerdictOutsideTheVocabularyNamingTheMember() {
        // given
        String odd = "{\"format\": \"vnfbench-run-summary\", \"version\": 2, \"run\": {\"id\": \"x\"}, \"metrics\": "
                + "[{\"test\": \"default\", \"source\": \"s\", \"metric\": \"m\", \"n\": 0, \"verdict\": \"MAYBE\"}]}";

        // when / then
        assertThatThrownBy(() -> RunSummaryJson.fromPlain(
                PlainDocument.read("s.json", odd.getBytes(StandardCharsets.UTF_8)), "s.json"))
                .hasMessageContaining("s.json").hasMessageContaining("metrics[0].verdict 'MAYBE'");
    }

    @Test
    void shouldRefuseANewerVersionNamingTheSource() {
        // given
        String newer = "{\"format\": \"vnfbench-run-summary\", \"version\": 3, \"run\": {\"id\": \"x\"}, \"metrics\": []}";

        // when / then
        assertThatThrownBy(() -> RunSummaryJson.fromPlain(
                PlainDocument.read("s.json", newer.getBytes(StandardCharsets.UTF_8)), "s.json"))
                .hasMessageContaining("s.json").hasMessageContaining("version 3");
    }

    @Test
    void shouldFormatNumbersShortAndWithoutExponentForEverydayMagnitudes() {
        assertThat(RunSummaryJson.formatNumber(6_250_000)).isEqualTo("6250000");
        assertThat(RunSummaryJson.formatNumber(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(RunSummaryJson.formatNumber(1.5e-7)).isEqualTo("1.5E-7");
        assertThat(Double.parseDouble(RunSummaryJson.formatNumber(123.456e9 / 7))).isEqualTo(123.456e9 / 7);
    }

    private static String golden(String resource) throws IOException {
        try (InputStream in = RunSummaryJsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("golden file %s on the test classpath", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
