package io.vnfbench.engine.model;

/** How many Tests (deployments) and Trials (runs per deployment) an instance gets. */
public record Experiments(Long trials, Long tests) {
}
