package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;

/**
 * vnfbench extension of the verification section: measure the baseline and the candidate version of the NF in the same
 * run, alternating fresh deployments (A B B A ...), and compare them pairwise. The versions are two values of one
 * VNF-BR variable (an image tag, a command, a build); documented in docs/verification.md.
 *
 * @param variable  the variable whose values are the versions
 * @param baseline  its value for the baseline version (A)
 * @param candidate its value for the candidate version (B)
 * @param blocks    A B B A blocks per Test key before the gate may ask for more (default 1)
 */
public record Interleave(@Nullable String variable, @Nullable String baseline, @Nullable String candidate,
        @Nullable Long blocks) {
}
