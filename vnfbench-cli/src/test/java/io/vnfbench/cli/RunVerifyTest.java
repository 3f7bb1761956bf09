package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vnfbench run --verify}: run, then gate the completed run against a baseline in one command. */
class RunVerifyTest {

    @TempDir
    Path dir;

    private Path vnfbr() throws IOException {
        return Files.writeString(dir.resolve("in.yaml"), """
                id: run-verify-test
                name: run --verify test
                environment: {orchestrator: {type: local}}
                inputs:
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
                            - id: 1
                              name: noop
                verification:
                  metrics:
                    - name: noop
                      source: noop
                      metric: noop
                      direction: higher
                      tolerance: 5%
                """);
    }

    @Test
    void shouldRunThenVerifyAgainstTheBaselineAndWriteTheVerdictsIntoTheReport() throws Exception {
        // given a first run as the baseline
        Path in = vnfbr();
        CliTest.Result first = CliTest.run("run", in.toString(), "--out", dir.resolve("base").toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCode.OK);
        Path junit = dir.resolve("gate.xml");

        // when the second run is verified against it
        CliTest.Result second = CliTest.run("run", in.toString(), "--out", dir.resolve("cand").toString(), "--verify",
                "--baseline", dir.resolve("base/vnf-br.json").toString(), "--junit", junit.toString());

        // then
        assertThat(second.exit()).as(second.out() + second.err()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).contains("TEST KEY", "baseline: vnf-br", "noop (noop/noop, higher)", "gate: PASSED (1 PASS)");
        VnfBr written = Documents.read(dir.resolve("cand/vnf-br.json"), VnfBr.class).value();
        assertThat(written.verification().result().gate()).isEqualTo("passed");
        assertThat(written.outputs()).hasSize(1);
        assertThat(Files.readString(junit)).contains("<testcase classname=\"vnfbench.noop\"");
    }

    @Test
    void shouldPrintOneJsonDocumentWithTheRunAndTheVerdicts() throws Exception {
        Path in = vnfbr();
        CliTest.run("run", in.toString(), "--out", dir.resolve("base").toString());

        CliTest.Result r = CliTest.run("run", in.toString(), "--out", dir.resolve("cand").toString(), "--verify",
                "--baseline", dir.resolve("base/vnf-br.json").toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("run").get("status").asText()).isEqualTo("completed");
        assertThat(json.get("verification").get("gate").asText()).isEqualTo("passed");
    }

    @Test
    void shouldRefuseABaselineWithoutVerifyAndVerifyWithoutABaseline() throws Exception {
        Path in = vnfbr();

        CliTest.Result noVerify = CliTest.run("run", in.toString(), "--out", dir.resolve("x").toString(), "--baseline",
                in.toString());
        CliTest.Result noBaseline = CliTest.run("run", in.toString(), "--out", dir.resolve("y").toString(), "--verify");

        assertThat(noVerify.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noVerify.err()).contains("need --verify");
        assertThat(noBaseline.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noBaseline.err()).contains("--baseline FILE or --history DIR");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
