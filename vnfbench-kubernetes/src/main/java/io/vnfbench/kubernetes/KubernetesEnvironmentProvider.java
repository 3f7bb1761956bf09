package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import java.io.File;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Registers the {@code kubernetes} environment (META-INF/services). Parameters come from
 * {@code environment.orchestrator.parameters}; system properties {@code vnfbench.kubernetes.<parameter>} (what the
 * command line sets) override them.
 */
public final class KubernetesEnvironmentProvider implements ExecutionEnvironmentProvider {

    public static final String TYPE = "kubernetes";
    static final String OVERRIDE_PREFIX = "vnfbench.kubernetes.";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "Kubernetes cluster (kubeconfig or in-cluster): SUT nodes as pods, probers as agent pods";
    }

    @Override
    public ExecutionEnvironment create(EnvironmentSettings environmentSettings) throws DeploymentException {
        KubernetesSettings settings;
        try {
            settings = KubernetesSettings.fromParameters(withOverrides(environmentSettings.parameters()));
        } catch (IllegalArgumentException e) {
            throw new DeploymentException(e.getMessage());
        }
        KubernetesClient client;
        try {
            // the environment's Api retries transient failures itself, with its own bound
            Config config = new ConfigBuilder(config(settings)).withRequestRetryBackoffLimit(0).build();
            client = new KubernetesClientBuilder().withConfig(config).build();
        } catch (RuntimeException e) {
            throw new DeploymentException("cannot configure a Kubernetes client: " + e.getMessage()
                    + " (set orchestrator parameter kubeconfig, context or in-cluster)", e, false);
        }
        String runId = settings.runId().orElse(newRunId());
        return new KubernetesEnvironment(client, settings, environmentSettings.tools(), environmentSettings.clock(),
                runId, Duration.ofSeconds(1), Duration.ofMillis(500), true);
    }

    /** A fresh run id: eight hex digits (so it starts with a digit ten times in sixteen). */
    public static String newRunId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, String> withOverrides(Map<String, String> parameters) {
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        for (String key : KubernetesSettings.KEYS) {
            String v = System.getProperty(OVERRIDE_PREFIX + key);
            if (v != null) {
                merged.put(key, v);
            }
        }
        return merged;
    }

    static Config config(KubernetesSettings settings) {
        if (settings.inCluster()) {
            // the service account token and CA mounted into the pod
            return new ConfigBuilder(Config.empty()).withAutoConfigure(true).build();
        }
        String context = settings.context().isEmpty() ? null : settings.context();
        if (!settings.kubeconfig().isEmpty()) {
            File file = new File(settings.kubeconfig());
            if (!file.isFile()) {
                throw new IllegalArgumentException("kubeconfig " + file + " does not exist");
            }
            return Config.fromKubeconfig(context, file);
        }
        return Config.autoConfigure(context);
    }
}
