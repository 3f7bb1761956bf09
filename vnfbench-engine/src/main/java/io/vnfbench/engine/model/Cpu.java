package io.vnfbench.engine.model;

/** CPU resources of a node. */
public record Cpu(Long vcpus, @YangName("cpu_bw") String cpuBw, String pinning) {
}
