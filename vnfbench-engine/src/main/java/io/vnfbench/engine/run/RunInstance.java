package io.vnfbench.engine.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.VnfBd;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned instance as the Manager runs it: an output of the VNF-BR.
 *
 * @param variables variable name → value, in declaration order
 * @param skippedReason why the planner skipped it (e.g. a constraint), null when it runs
 */
public record RunInstance(String id, String testKey, Map<String, String> variables, VnfBd vnfbd, @CheckForNull String skippedReason) {
    public RunInstance {
        Objects.requireNonNull(id, "id");
        testKey = Objects.requireNonNullElse(testKey, "");
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        Objects.requireNonNull(vnfbd, "vnfbd");
    }

    public boolean skipped() {
        return skippedReason != null;
    }

    public Optional<String> skippedReasonIfAny() {
        return Optional.ofNullable(skippedReason);
    }
}
