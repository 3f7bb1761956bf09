package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The glue stays an adapter in size too (docs/jenkins.md): its main code is at most {@value #MAX_LINES} lines, counted as
 * {@code wc -l} counts them (newlines in every {@code .java} file under {@code src/main/java}), and no class is over
 * {@value #MAX_CLASS_LINES}.
 */
class GlueSizeTest {

    static final int MAX_LINES = 2000;
    static final int MAX_CLASS_LINES = 450;

    @Test
    void shouldKeepTheGlueSmall() throws IOException {
        // given
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src", "main", "java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }

        // when
        Map<String, Long> lines = new TreeMap<>();
        for (Path p : sources) {
            lines.put(p.getFileName().toString(), Files.readString(p).chars().filter(c -> c == '\n').count());
        }

        // then
        assertThat(sources).as("glue sources").hasSizeGreaterThan(15);
        assertThat(lines.values().stream().mapToLong(Long::longValue).sum()).as("glue main lines " + lines)
                .isLessThanOrEqualTo(MAX_LINES);
        assertThat(lines).allSatisfy((file, n) -> assertThat(n).as(file).isLessThanOrEqualTo(MAX_CLASS_LINES));
    }
}
