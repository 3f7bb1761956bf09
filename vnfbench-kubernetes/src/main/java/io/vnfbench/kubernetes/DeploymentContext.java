package io.vnfbench.kubernetes;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies one Test deployment: which run, which planned instance and which Test. Everything the environment creates
 * for it carries these as labels, so it can be found again (resume, teardown, janitor) without any in-memory state.
 *
 * @param runId the run's id (stable across {@code --resume})
 * @param instanceId the planned instance's id (the VNF-BR output id)
 * @param test the Test number within the instance (1-based)
 * @param testKey the planner's canonical test key
 * @param leaseUntil when the lease ends unless refreshed
 */
public record DeploymentContext(String runId, String instanceId, long test, String testKey, Instant leaseUntil) {

    public DeploymentContext {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(testKey, "testKey");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (runId.isBlank()) {
            throw new IllegalArgumentException("runId is blank");
        }
    }

    /** A DNS-label-safe id of this deployment, unique within the run. */
    public String slug() {
        return Names.dnsLabel(runId, 20) + "-" + Names.dnsLabel(instanceId, 16) + "-t" + test;
    }

    /** The run id as a label value. */
    public String runLabel() {
        return Names.labelValue(runId);
    }
}
