package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;

/**
 * An input variable of a VNF-BR: every value of every variable is combined all-by-all (draft section 5.3).
 * {@code class} is a Java keyword, hence {@code clazz}.
 */
public record Variable(@Key String name, @Nullable String path, @Nullable String type,
        @Nullable @YangName("class") String clazz, List<String> values) {
    public Variable {
        values = Lists.of(values);
    }
}
