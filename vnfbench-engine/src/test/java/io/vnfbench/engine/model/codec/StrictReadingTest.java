package io.vnfbench.engine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.VnfBd;
import io.vnfbench.engine.model.VnfBr;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every kind of bad input gives a problem that names the place: file, line, column and YANG path. */
class StrictReadingTest {

    private static final String BD_YAML = """
            experiments:
              trials: 1
              tests: 1
            scenario:
              nodes:
                - id: d1
                  role: sut
                  resources:
                    cpu:
                      vcpus: 2
            """;

    private static List<Problem> problems(String name, String content) {
        try {
            Documents.read(name, content, VnfBd.class);
        } catch (DocumentException e) {
            return e.problems();
        }
        throw new AssertionError("expected " + name + " to be rejected");
    }

    @Test
    void shouldReadValidYaml() throws Exception {
        VnfBd bd = Documents.read("bd.yaml", BD_YAML, VnfBd.class).value();

        assertThat(bd.scenario().nodes().get(0).resources().cpu().vcpus()).isEqualTo(2L);
    }

    @Test
    void shouldNameUnknownFieldWithLineColumnAndPathAndSuggestion() {
        List<Problem> p = problems("bd.yaml", BD_YAML.replace("vcpus: 2", "vcpu: 2"));

        assertThat(p).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("bd.yaml");
            assertThat(problem.location()).isEqualTo(new Location(10, 11));
            assertThat(problem.yangPath()).isEqualTo("/scenario/nodes[id='d1']/resources/cpu/vcpu");
            assertThat(problem.message()).contains("unknown member 'vcpu'").contains("did you mean 'vcpus'");
        });
    }

    @Test
    void shouldNameWrongType() {
        List<Problem> p = problems("bd.yaml", BD_YAML.replace("vcpus: 2", "vcpus: two"));

        assertThat(p).singleElement().satisfies(problem -> {
            assertThat(problem.yangPath()).isEqualTo("/scenario/nodes[id='d1']/resources/cpu/vcpus");
            assertThat(problem.message()).contains("expected a uint32").contains("\"two\"");
            assertThat(problem.location().line()).isEqualTo(10);
        });
    }

    @Test
    void shouldRejectNegativeAndFractionalUint() {
        assertThat(problems("bd.yaml", BD_YAML.replace("vcpus: 2", "vcpus: -1"))).hasSize(1);
        assertThat(problems("bd.yaml", BD_YAML.replace("vcpus: 2", "vcpus: 1.5"))).hasSize(1);
        assertThat(problems("bd.yaml", BD_YAML.replace("vcpus: 2", "vcpus: 4294967296"))).hasSize(1);
    }

    @Test
    void shouldNameDuplicateKeyInJsonAndYaml() {
        List<Problem> json = problems("bd.json", "{\"experiments\": {\"trials\": 1, \"trials\": 2}}");
        List<Problem> yaml = problems("bd.yaml", "experiments:\n  trials: 1\n  trials: 2\n");

        assertThat(json).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("duplicate key 'trials'");
            assertThat(problem.location().line()).isEqualTo(1);
        });
        assertThat(yaml).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("duplicate key 'trials'").contains("first at line 2");
            assertThat(problem.location().line()).isEqualTo(3);
        });
    }

    @Test
    void shouldNameListEntryWithoutKeyLeaf() {
        List<Problem> p = problems("bd.yaml", BD_YAML.replace("    - id: d1\n      role: sut", "    - role: sut"));

        assertThat(p).singleElement().satisfies(problem -> {
            assertThat(problem.yangPath()).isEqualTo("/scenario/nodes");
            assertThat(problem.message()).contains("no key leaf 'id'");
        });
    }

    @Test
    void shouldNameDuplicateListKeyInBothEncodings() {
        List<Problem> arrays = problems("bd.json", "{\"scenario\": {\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}}");
        List<Problem> keyed = problems("bd.json",
                "{\"scenario\": {\"nodes\": {\"x\": {\"id\": \"a\"}, \"y\": {\"id\": \"a\"}}}}");

        assertThat(arrays).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("duplicate list key id='a'");
            assertThat(problem.yangPath()).isEqualTo("/scenario/nodes[id='a']");
        });
        assertThat(keyed).singleElement().satisfies(problem -> assertThat(problem.message()).contains("duplicate list key"));
    }

    @Test
    void shouldListEveryProblemNotJustTheFirst() {
        List<Problem> p = problems("bd.yaml", BD_YAML.replace("trials: 1", "trials: x").replace("vcpus: 2", "cores: 2"));

        assertThat(p).hasSize(2);
    }

    @Test
    void shouldRejectMalformedJsonWithPlace() {
        List<Problem> p = problems("bd.json", "{\n  \"experiments\": {\"trials\": 1,}\n}");

        assertThat(p).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("malformed JSON");
            assertThat(problem.location().line()).isEqualTo(2);
        });
    }

    @Test
    void shouldRejectNonUtf8WithByteOffsetAndLine() {
        byte[] bytes = "experiments:\n  trials: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Documents.read("bd.yaml", bytes, VnfBd.class))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.message()).contains("not valid UTF-8").contains("0xE9");
                            assertThat(problem.location().line()).isEqualTo(3);
                        }));
    }

    @Test
    void shouldRejectDocumentsOverTheSizeLimitBeforeParsing() {
        Limits small = new Limits(100, 64, 100, 1000);
        byte[] big = ("name: \"" + "x".repeat(200) + "\"\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Documents.read("bd.yaml", big, VnfBd.class, small))
                .hasMessageContaining("over the limit of 100 bytes");
    }

    @Test
    @Timeout(10)
    void shouldRejectDeepNestingInJsonAndYaml() {
        String json = "[".repeat(5000) + "]".repeat(5000);
        String yaml = "a:\n" + java.util.stream.IntStream.range(1, 200).mapToObj(i -> "  ".repeat(i) + "a:\n")
                .reduce("", String::concat);

        assertThatThrownBy(() -> Documents.read("deep.json", json, VnfBd.class)).hasMessageContaining("nests deeper");
        assertThatThrownBy(() -> Documents.read("deep.yaml", yaml, VnfBd.class)).hasMessageContaining("nests deeper");
    }

    @Test
    @Timeout(10)
    void shouldRejectYamlAliasBombFast() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i > 0 ? "," : "").append('*').append(p);
            }
            bomb.append("]\n");
        }

        assertThatThrownBy(() -> Documents.read("bomb.yaml", bomb.toString(), VnfBd.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageMatching("(?s).*(alias|expands to more than).*");
    }

    @Test
    void shouldRejectRecursiveAlias() {
        assertThatThrownBy(() -> Documents.read("rec.yaml", "experiments: &x\n  nested: *x\n", VnfBd.class))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void shouldAcceptModulePrefixedMembersAndKeyedListsAndWriteArrays() throws Exception {
        String json = "{\"vnf-br:inputs\": {\"variables\": {\"v\": {\"name\": \"v\", \"path\": \"/experiments/trials\","
                + " \"values\": [\"1\"]}}}}";

        VnfBr br = Documents.read("br.json", json, VnfBr.class).value();
        String written = Documents.writeJson(br);

        assertThat(br.inputs().variables()).extracting(v -> v.name()).containsExactly("v");
        assertThat(written).contains("\"variables\" : [").doesNotContain("vnf-br:");
    }

    @Test
    void shouldWriteDeterministically() throws Exception {
        VnfBd bd = Documents.read("bd.yaml", BD_YAML, VnfBd.class).value();

        assertThat(Documents.writeJson(bd)).isEqualTo(Documents.writeJson(
                Documents.read("x.json", Documents.writeJson(bd), VnfBd.class).value()));
        assertThat(Documents.writeJson(bd)).startsWith("{\n  \"experiments\" : {\n    \"trials\" : 1,");
    }

    @Test
    void shouldRejectEmptyDocumentAndNonObjectRoot() {
        assertThatThrownBy(() -> Documents.read("e.yaml", "", VnfBd.class)).hasMessageContaining("empty");
        assertThatThrownBy(() -> Documents.read("e.json", "[1]", VnfBd.class)).hasMessageContaining("expected an object");
    }

    @Test
    void shouldWriteAtomicallyLeavingNoTemporaryFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        VnfBd bd = Documents.read("bd.yaml", BD_YAML, VnfBd.class).value();
        java.nio.file.Path file = dir.resolve("out.json");

        Documents.writeAtomically(file, bd);
        Documents.writeAtomically(file, bd);

        assertThat(Documents.read(file, VnfBd.class).value()).isEqualTo(bd);
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }
}
