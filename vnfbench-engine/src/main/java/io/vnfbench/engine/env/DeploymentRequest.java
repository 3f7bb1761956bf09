package io.vnfbench.engine.env;

import io.vnfbench.engine.model.VnfBd;
import java.time.Duration;
import java.util.Objects;

/**
 * What to deploy for one Test: the instance's VNF-BD (its {@code scenario} with chain topologies already expanded
 * into nodes and links by the planner; its {@code proceedings} say which agents and monitors will run tools).
 *
 * @param instanceId the planned instance's id (the VNF-BR output id)
 * @param testKey the instance's stable test key, e.g. {@code chains=2,nfs=4,topology=snake} (for labels and names)
 * @param test the Test number, 1-based
 * @param vnfbd the instance's VNF-BD
 * @param bound how long deploying (until ready) may take
 */
public record DeploymentRequest(String instanceId, String testKey, int test, VnfBd vnfbd, Duration bound) {
    public DeploymentRequest {
        Objects.requireNonNull(instanceId, "instanceId");
        testKey = Objects.requireNonNullElse(testKey, "");
        if (test < 1) {
            throw new IllegalArgumentException("test must be 1-based, got " + test);
        }
        Objects.requireNonNull(vnfbd, "vnfbd");
        Objects.requireNonNull(bound, "bound");
    }
}
