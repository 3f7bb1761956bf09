package io.vnfbench.engine.model;

/** The execution environment of a VNF-BR. */
public record Environment(String name, String description, Boolean deploy, Orchestrator orchestrator) {
}
