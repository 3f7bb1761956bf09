package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vnfbench.engine.model.codec.PlainDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NfvbenchResultsTest {

    @Test
    void shouldReadNdrRateDropAndLatencyOfASnakeChain() throws Exception {
        // when
        NfvbenchResult result = NfvbenchResults.read(file("csc_1c2n_ndr-1.json"));

        // then
        assertThat(result.version()).isEqualTo("2.0.5");
        assertThat(result.chainMode()).isEqualTo("EXT");
        assertThat(result.chainCount()).isEqualTo(1L);
        assertThat(result.time()).isNotNull();
        assertThat(value(result, "ndr_rate_pps_64B")).isEqualTo(3_923_688);
        assertThat(value(result, "ndr_rate_bps_64B")).isEqualTo(2_636_718_750.0);
        assertThat(value(result, "ndr_drop_percentage_64B")).isZero();
        assertThat(value(result, "ndr_latency_min_64B")).isEqualTo(10);
        assertThat(value(result, "ndr_latency_avg_64B")).isEqualTo(458);
        assertThat(value(result, "ndr_latency_max_64B")).isEqualTo(608);
        assertThat(unit(result, "ndr_rate_pps_64B")).isEqualTo("pps");
        assertThat(unit(result, "ndr_latency_avg_64B")).isEqualTo("us");
        assertThat(result.call()).contains("--rate ndr").contains("--service-chain EXT");
    }

    @Test
    void shouldReadEveryFrameSizeOfAFile() throws Exception {
        // when
        NfvbenchResult result = NfvbenchResults.read(file("csp_1c10n_ndr-1.json"));

        // then
        assertThat(value(result, "ndr_rate_pps_64B")).isCloseTo(6.32e6, within(1e4));
        assertThat(result.measurements()).extracting(Measurement::name).contains("ndr_rate_pps_IMIX");
    }

    @Test
    void shouldReadAFixedRateRun() throws Exception {
        // when
        NfvbenchResult result = NfvbenchResults.read(file("csc_1c2n_18500000pps-1.json"));

        // then
        assertThat(value(result, "tx_rate_pps_64B")).isEqualTo(18_499_995);
        assertThat(value(result, "rx_rate_pps_64B")).isBetween(3.7e6, 3.9e6);
        assertThat(value(result, "drop_percentage_64B")).isCloseTo(79.38, within(0.01));
        assertThat(value(result, "latency_max_64B")).isEqualTo(1639);
    }

    @Test
    void shouldReadTheVmSnakeWithNearZeroNdr() throws Exception {
        // when
        NfvbenchResult zero = NfvbenchResults.read(file("vsc_2c1n_ndr-1.json"));
        NfvbenchResult tiny = NfvbenchResults.read(file("vsc_2c2n_ndr-1.json"));

        // then
        assertThat(value(zero, "ndr_rate_pps_64B")).isZero();
        assertThat(value(tiny, "ndr_rate_pps_64B")).isEqualTo(72_660);
    }

    @Test
    void shouldReadEveryConformanceFile() throws Exception {
        // given
        List<Path> files;
        try (Stream<Path> s = Files.list(file("csc_1c1n_ndr-1.json").getParent())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }

        // then
        assertThat(files).hasSizeGreaterThan(100);
        for (Path f : files) {
            assertThat(NfvbenchResults.read(f).measurements()).as(f.toString()).isNotEmpty();
        }
    }

    @Test
    void shouldNameTheFileAndTheMissingPathForOtherDocuments() {
        // given
        byte[] other = "{\"benchmarks\": {\"network\": {}}}".getBytes(StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> NfvbenchResults.parse(PlainDocument.read("other.json", other), "other.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other.json").hasMessageContaining("benchmarks.network.service_chain");
    }

    @Test
    void shouldTakeTheDateAsUtc() throws Exception {
        assertThat(NfvbenchResults.read(file("csc_1c1n_ndr-1.json")).time())
                .isEqualTo(Instant.parse("2018-11-21T09:01:57Z"));
    }

    private static double value(NfvbenchResult r, String name) {
        return r.measurements().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no measurement " + name + " in " + r.measurements()))
                .scalarAsDouble();
    }

    private static String unit(NfvbenchResult r, String name) {
        return r.measurements().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().unit();
    }

    static Path file(String name) throws URISyntaxException, IOException {
        return Path.of(NfvbenchResultsTest.class.getClassLoader().getResource("conformance/nfvbench/" + name).toURI());
    }
}
