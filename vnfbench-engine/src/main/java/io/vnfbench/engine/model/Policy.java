package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** A placement or other policy of a scenario. */
public record Policy(@Key String name, @Nullable String type, @Nullable String targets,
        @Nullable String action) {
}
