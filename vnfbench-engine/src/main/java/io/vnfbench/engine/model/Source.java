package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** The tool that produced an evaluation, and the exact call. */
public record Source(@Nullable String id, @Nullable String name, @Nullable String type,
        @Nullable String version, @Nullable String call) {
}
