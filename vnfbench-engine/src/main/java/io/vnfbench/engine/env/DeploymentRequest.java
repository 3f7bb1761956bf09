package io.vnfbench.engine.env;

import java.time.Duration;
import java.util.Objects;

/**
 * What to deploy for one Test.
 *
 * @param instanceId the planned instance's id (the VNF-BR output id)
 * @param test the Test number, 1-based
 * @param bound how long deploying (until ready) may take
 */
public record DeploymentRequest(String instanceId, int test, Duration bound) {
    public DeploymentRequest {
        Objects.requireNonNull(instanceId, "instanceId");
        if (test < 1) {
            throw new IllegalArgumentException("test must be 1-based, got " + test);
        }
        Objects.requireNonNull(bound, "bound");
    }
}
