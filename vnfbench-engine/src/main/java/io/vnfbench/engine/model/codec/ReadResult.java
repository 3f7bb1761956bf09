package io.vnfbench.engine.model.codec;

import java.util.List;

/**
 * A document read successfully, with the warnings reading it gave (values outside the draft's enumerations...) and
 * where each of its records came from.
 */
public record ReadResult<T>(T value, List<Problem> warnings, Origins origins) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
