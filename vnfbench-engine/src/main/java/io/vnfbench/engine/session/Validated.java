package io.vnfbench.engine.session;

import java.nio.file.Path;
import java.util.List;

/**
 * A document that reads (and, for a VNF-BR with inputs, plans) without problems.
 *
 * @param kind     {@code VNF-BR}, {@code VNF-BD} or {@code VNF-PP}
 * @param warnings located warnings found while reading (values outside the draft's enumerations, ...)
 */
public record Validated(Path file, String kind, List<String> warnings) {
    public Validated {
        warnings = List.copyOf(warnings);
    }
}
