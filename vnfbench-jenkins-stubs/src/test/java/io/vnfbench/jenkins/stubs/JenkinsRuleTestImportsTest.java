package io.vnfbench.jenkins.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JenkinsRule tests (vnfbench-jenkins-hpi/src/test/java) cannot be compiled here: jenkins-test-harness, workflow-job,
 * workflow-cps and cloudbees-folder are not on Maven Central. What can be checked is that every type they import exists
 * at the versions the real build resolves ({@code real-signatures/test-harness-types.txt}, written by
 * {@link RecordTypeIndex}) or in the plugin itself (its glue and the engine it bundles), so a moved or misspelt class
 * shows here and not only in the real build.
 */
class JenkinsRuleTestImportsTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path HPI_TESTS = BASE.resolve("../vnfbench-jenkins-hpi/src/test/java");
    private static final Path GLUE = BASE.resolve("../vnfbench-jenkins/src/main/java");
    private static final Path ENGINE = BASE.resolve("../vnfbench-engine/src/main/java");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

    @Test
    void shouldImportOnlyTypesThatExistInTheRealBuild() throws IOException {
        // given
        Set<String> real = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/real-signatures/test-harness-types.txt")) {
            assertThat(in).as("real-signatures/test-harness-types.txt").isNotNull();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).forEach(real::add);
        }
        List<Path> tests = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(HPI_TESTS)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(tests::add);
        }
        assertThat(tests).as("JenkinsRule tests in " + HPI_TESTS).isNotEmpty();

        // when
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path test : tests) {
            Matcher m = IMPORT.matcher(Files.readString(test));
            while (m.find()) {
                String name = m.group(2);
                String type = m.group(1) != null && m.group(3) == null ? name.substring(0, name.lastIndexOf('.')) : name;
                if (type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("org.junit.")) {
                    continue;
                }
                checked++;
                if (!exists(type, real)) {
                    missing.add(test.getFileName() + ": " + name);
                }
            }
        }

        // then
        assertThat(checked).isGreaterThan(10);
        assertThat(missing).as("imports of types that do not exist at the real build's versions").isEmpty();
    }

    /** A top-level type in the index, the plugin or the engine, or a type nested in one (Outer.Inner). */
    private static boolean exists(String type, Set<String> real) {
        for (String candidate = type; candidate.contains("."); candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            String file = candidate.replace('.', '/') + ".java";
            if (real.contains(candidate) || Files.isRegularFile(GLUE.resolve(file))
                    || Files.isRegularFile(ENGINE.resolve(file)) || Files.isRegularFile(HPI_TESTS.resolve(file))) {
                return true;
            }
        }
        return false;
    }
}
