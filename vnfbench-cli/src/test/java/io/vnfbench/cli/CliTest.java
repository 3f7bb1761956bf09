package io.vnfbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    Path copyGym(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = CliTest.class.getResourceAsStream("/gym/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void shouldPlanGymFixtureIntoEightInstancesAsJson() throws Exception {
        Result r = run("plan", copyGym("fixtures_vnf-br-003.json").toString(), "--format", "json");

        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        int instances = json.get("instances").size();
        long planned = json.get("totals").get("planned").asLong();
        assertThat(json.get("instances").get(0).get("key").asText()).contains("vnf_vcpu=2");
        assertThat(json.get("instances").get(0).get("status").asText()).isEqualTo("planned");
        assertThat(instances).isEqualTo(8);
        assertThat(planned).isEqualTo(8);
        assertThat(r.err()).contains("warning:").contains("variable class 'traffic'");
    }

    @Test
    void shouldPlanAsTextWithTotals() throws Exception {
        Result r = run("plan", copyGym("vnf-br-001.json").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("instances: 2, planned: 2, skipped: 0, tests: 4, trials: 8");
    }

    @Test
    void shouldValidateGymResultsAsValid() throws Exception {
        Result r = run("validate", copyGym("results_vnfbr-001.json").toString(), copyGym("fixtures_vnf-pp-000.json").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("results_vnfbr-001.json: valid VNF-BR").contains("fixtures_vnf-pp-000.json: valid VNF-PP");
    }

    @Test
    void shouldExitThreeListingEveryProblemWithPlace() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "experiments:\n  trials: x\nscenario:\n  nodez: []\n");

        Result r = run("validate", bad.toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("bad.yaml:2:11: /experiments/trials: expected a uint32")
                .contains("bad.yaml:4:3: /scenario/nodez: unknown member 'nodez'; did you mean 'nodes'?");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void shouldExitThreeOnMissingFileWithoutStackTrace() {
        Result r = run("plan", dir.resolve("missing.yaml").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("missing.yaml: no such file").doesNotContain("\tat ");
    }

    @Test
    void shouldExitTwoOnUsageErrors() {
        assertThat(run("plan").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("plan", "x.yaml", "--format", "xml").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("frobnicate").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run().exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void shouldDocumentExitCodesInHelp() {
        Result r = run("--help");

        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Exit codes:").contains("3  invalid input document").contains("validate").contains("plan");
    }

    @Test
    void shouldStopExplosionWithExitThree() throws Exception {
        Result r = run("plan", copyGym("fixtures_vnf-br-003.json").toString(), "--limit", "4");

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("= 8, over the limit of 4").contains("--limit");
    }
}
