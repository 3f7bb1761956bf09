package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** CPU resources of a node. */
public record Cpu(@Nullable Long vcpus, @Nullable @YangName("cpu_bw") String cpuBw,
        @Nullable String pinning) {
}
