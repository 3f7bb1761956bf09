package io.vnfbench.engine.probe;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests that drive a real external tool call {@link #require}: it skips the test when the tool is missing on a
 * developer machine, and fails it when the environment variable CI is "true" (.ci/run installs the tools), so CI
 * never skips silently.
 */
public final class InstalledTool {
    private InstalledTool() {
    }

    public static void require(String program, String debianPackage) {
        boolean present = present(program);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(program + " is not installed but CI=true; .ci/run installs it (apt-get install -y " + debianPackage + ")");
        }
        assumeTrue(present, program + " is not installed (apt-get install -y " + debianPackage + ")");
    }

    public static boolean present(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
