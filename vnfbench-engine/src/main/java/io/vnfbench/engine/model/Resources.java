package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** The resources a node asks for. */
public record Resources(@Nullable Cpu cpu, @Nullable Memory memory, @Nullable Storage storage) {
}
