package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/** How many Tests (deployments) and Trials (runs per deployment) an instance gets. */
public record Experiments(@Nullable Long trials, @Nullable Long tests) {
}
