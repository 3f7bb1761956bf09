package io.vnfbench.engine.model;

/** The resources a node asks for. */
public record Resources(Cpu cpu, Memory memory, Storage storage) {
}
