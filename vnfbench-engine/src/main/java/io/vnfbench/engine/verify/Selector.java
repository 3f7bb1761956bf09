package io.vnfbench.engine.verify;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which samples a gate reads: evaluations of prober or listener {@code source}, metric {@code metric}, optionally only
 * from one agent or monitor, optionally only in Tests whose key matches a pattern ({@code *} = any text).
 *
 * @param agent       nullable: any agent or monitor
 * @param testPattern nullable: every Test
 */
public record Selector(String source, String metric, @CheckForNull String agent, @CheckForNull String testPattern) {

    public boolean matchesTest(String testKey) {
        if (testPattern == null) {
            return true;
        }
        String regex = Arrays.stream(testPattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex).matcher(testKey).matches();
    }

    public boolean matchesOrigin(String originId) {
        return agent == null || agent.equals(originId);
    }

    /** {@code source/metric}, as shown in tables. */
    public String label() {
        return source + "/" + metric + (agent == null ? "" : "@" + agent);
    }
}
