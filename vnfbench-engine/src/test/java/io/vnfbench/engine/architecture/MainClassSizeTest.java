package io.vnfbench.engine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core classes stay readable (docs/architecture.md): no main source file of any module of the project is over
 * {@value #MAX_CLASS_LINES} lines, counted as {@code wc -l} counts them.
 */
class MainClassSizeTest {

    static final int MAX_CLASS_LINES = 450;

    @Test
    void shouldKeepEveryMainClassOnAFewScreens() throws IOException {
        // given: every module beside this one (the project's root is the engine module's parent)
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> walk = Files.walk(module.resolve("src/main/java"))) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }

        // when
        Map<String, Long> lines = new TreeMap<>();
        for (Path p : sources) {
            lines.put(root.relativize(p).toString(), Files.readString(p).chars().filter(c -> c == '\n').count());
        }

        // then
        assertThat(lines.keySet()).as("main sources of the engine, kubernetes, cli and glue modules")
                .anyMatch(f -> f.startsWith("vnfbench-engine/")).anyMatch(f -> f.startsWith("vnfbench-kubernetes/"))
                .anyMatch(f -> f.startsWith("vnfbench-cli/")).anyMatch(f -> f.startsWith("vnfbench-jenkins/"));
        Map<String, Long> over = new TreeMap<>(lines);
        over.values().removeIf(n -> n <= MAX_CLASS_LINES);
        assertThat(over).as("main sources over " + MAX_CLASS_LINES + " lines").isEmpty();
    }
}
