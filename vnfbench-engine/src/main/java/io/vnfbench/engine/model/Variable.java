package io.vnfbench.engine.model;

import java.util.List;

/**
 * An input variable of a VNF-BR: every value of every variable is combined all-by-all (draft section 5.3).
 * {@code class} is a Java keyword, hence {@code clazz}.
 */
public record Variable(@Key String name, String path, String type, @YangName("class") String clazz, List<String> values) {
    public Variable {
        values = Lists.of(values);
    }
}
