package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final List<String> FILES = List.of("csc_1c1n_ndr-1.json", "csc_1c2n_ndr-1.json",
            "csp_1c1n_ndr-1.json", "csp_1c2n_ndr-1.json", "vsc_2c1n_ndr-1.json");

    @TempDir
    Path dir;

    private Path nfvbenchDir() throws IOException {
        Path d = Files.createDirectories(dir.resolve("nfvbench"));
        for (String name : FILES) {
            try (InputStream in = ReportCommandTest.class.getResourceAsStream("/nfvbench/" + name)) {
                Files.copy(in, d.resolve(name));
            }
        }
        return d;
    }

    @Test
    void shouldImportNfvbenchFilesAndReportThem() throws Exception {
        // given
        Path br = dir.resolve("vnf-br.json");

        // when
        CliTest.Result imported = CliTest.run("import", "nfvbench", nfvbenchDir().toString(), "--out", br.toString());
        CliTest.Result reported = CliTest.run("report", br.toString(), "--out", dir.resolve("report").toString(),
                "--metric", "ndr_rate_pps_64B", "--format", "json");

        // then
        assertThat(imported.exit()).as(imported.err()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).contains("5 outputs from 5 NFVbench files");
        assertThat(reported.exit()).as(reported.err()).isEqualTo(ExitCode.OK);
        assertThat(reported.out().trim()).startsWith("{").endsWith("}").contains("\"runs\":1");
        assertThat(Files.readString(dir.resolve("report/index.html"))).contains("ndr_rate_pps_64B");
        assertThat(dir.resolve("report/profile-001.png")).exists();
    }

    @Test
    void shouldReportAHistoryDirectory() throws Exception {
        // given
        Path history = Files.createDirectories(dir.resolve("history"));
        Path results = nfvbenchDir();
        CliTest.run("import", "nfvbench", results.toString(), "--out", history.resolve("1.json").toString());
        CliTest.run("import", "nfvbench", results.toString(), "--out", history.resolve("2.json").toString());

        // when
        CliTest.Result r = CliTest.run("report", "--history", history.toString(), "--out",
                dir.resolve("out").toString(), "--trend-x", "date");

        // then
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("2 runs");
        assertThat(dir.resolve("out/trend-001.png")).exists();
    }

    @Test
    void shouldExitThreeOnAFileThatIsNoNfvbenchResult() throws Exception {
        // given
        Path odd = Files.writeString(dir.resolve("csc_1c1n_ndr-1.json"), "{\"hello\": 1}");

        // when
        CliTest.Result r = CliTest.run("import", "nfvbench", odd.toString(), "--out", dir.resolve("x.json").toString());

        // then
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("csc_1c1n_ndr-1.json").contains("not an NFVbench result");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void shouldExitTwoOnABadPatternOrMissingSources() {
        assertThat(CliTest.run("import", "nfvbench", "x.json", "--out", "y.json", "--name-pattern", "plain.json")
                .exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliTest.run("report", "--out", "y").exit()).isEqualTo(ExitCode.USAGE);
    }
}
