package io.vnfbench.engine.env;

import io.vnfbench.engine.probe.CancellationToken;

/**
 * Where a VNF-BD instance's scenario is deployed and its tools run: the embedded {@code local} processes,
 * Kubernetes, ... Chosen by {@code environment.orchestrator.type} in the VNF-BR header through
 * {@link EnvironmentRegistry}. An environment may hold resources (clients, a runner of processes) until closed.
 */
public interface ExecutionEnvironment extends AutoCloseable {

    /** The orchestrator type this environment serves, e.g. {@code local}. */
    String type();

    /**
     * Deploys the instance's scenario for one Test (draft: each Test is a unique instantiation of the scenario)
     * and waits, at most {@code request.bound()}, until it is ready to receive traffic.
     *
     * <p>On failure or cancellation everything already started is torn down before this method returns.
     *
     * @throws DeploymentException when the scenario cannot be deployed (names the node and the cause)
     * @throws io.vnfbench.engine.probe.CancelledException when {@code token} was cancelled meanwhile
     */
    Deployment deploy(DeploymentRequest request, CancellationToken token) throws DeploymentException, InterruptedException;

    /** Releases the environment's own resources and tears down any deployment still alive. Idempotent. */
    @Override
    void close();
}
