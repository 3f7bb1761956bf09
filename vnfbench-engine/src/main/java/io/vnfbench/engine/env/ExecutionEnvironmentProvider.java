package io.vnfbench.engine.env;

/**
 * Creates {@link ExecutionEnvironment}s of one orchestrator type. A {@link java.util.ServiceLoader} service
 * (register it in {@code META-INF/services/io.vnfbench.engine.env.ExecutionEnvironmentProvider}).
 */
public interface ExecutionEnvironmentProvider {

    /** The stable id matched against {@code environment.orchestrator.type}, e.g. {@code local}, {@code kubernetes}. */
    String type();

    /** One line for error messages and help: what this environment deploys onto. */
    String description();

    /**
     * Creates an environment for one run.
     *
     * @throws DeploymentException when the orchestrator parameters are unusable (names the parameter)
     */
    ExecutionEnvironment create(EnvironmentSettings settings) throws DeploymentException;
}
