package io.vnfbench.podman;

import io.vnfbench.engine.env.DeploymentException;
import io.vnfbench.engine.env.EnvironmentSettings;
import io.vnfbench.engine.env.ExecutionEnvironment;
import io.vnfbench.engine.env.ExecutionEnvironmentProvider;
import io.vnfbench.kubernetes.KubernetesEnvironmentProvider;
import io.vnfbench.kubernetes.KubernetesSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Registers the {@code podman} environment (META-INF/services): the NF images as pods on this host, from the manifests
 * the kubernetes environment creates with {@code data-plane: ip}, run by the podman pod runtime. Parameters come from
 * {@code environment.orchestrator.parameters}; system properties {@code vnfbench.podman.<parameter>} override them.
 */
public final class PodmanEnvironmentProvider implements ExecutionEnvironmentProvider {

    public static final String TYPE = "podman";
    static final String OVERRIDE_PREFIX = "vnfbench.podman.";
    /** The image built by {@code docker/build-base}: sh, sleep and ip are all the pods' own containers need. */
    public static final String DEFAULT_IMAGE = "localhost/vnfbench-base:bookworm";
    static final Set<String> KEYS = Set.of("vnfbench-image", "run-id", "ready-timeout", "timeout-ready",
            "image-pull-backoffs", "namespace-prefix");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "podman on this host (root): NF images as pods with their interfaces on per-link segments, from the"
                + " kubernetes environment's manifests";
    }

    @Override
    public ExecutionEnvironment create(EnvironmentSettings environmentSettings) throws DeploymentException {
        Map<String, String> p = new LinkedHashMap<>(environmentSettings.parameters());
        for (String key : KEYS) {
            String v = System.getProperty(OVERRIDE_PREFIX + key);
            if (v != null) {
                p.put(key, v);
            }
        }
        for (String key : p.keySet()) {
            if (!KEYS.contains(key)) {
                throw new DeploymentException("unknown orchestrator parameter '" + key + "' for environment type "
                        + TYPE + "; known: " + new TreeSet<>(KEYS));
            }
        }
        String image = p.getOrDefault("vnfbench-image", DEFAULT_IMAGE);
        String runId = p.getOrDefault("run-id", KubernetesEnvironmentProvider.newRunId());
        if (!runId.matches("[a-z0-9]{1,20}")) {
            throw new DeploymentException("orchestrator parameter run-id: '" + runId + "' is not 1-20 of [a-z0-9]"
                    + " (it names the podman network, pods and nftables table of the run)");
        }
        KubernetesSettings settings;
        Duration readyTimeout;
        try {
            Map<String, String> k8s = new LinkedHashMap<>();
            k8s.put("data-plane", KubernetesSettings.IP);
            k8s.put("vnfbench-image", image);
            k8s.put("namespace-prefix", p.getOrDefault("namespace-prefix", "vnfb"));
            k8s.put("image-pull-backoffs", p.getOrDefault("image-pull-backoffs", "2"));
            k8s.put("timeout-ready", p.getOrDefault("timeout-ready", "180"));
            k8s.put("run-id", runId);
            settings = KubernetesSettings.fromParameters(k8s);
            readyTimeout = Duration.ofSeconds(seconds(p.getOrDefault("ready-timeout", "60")));
        } catch (IllegalArgumentException e) {
            throw new DeploymentException(e.getMessage());
        }
        Optional<String> problem = PodmanPreflight.problem(image);
        if (problem.isPresent()) {
            throw new DeploymentException("the podman environment cannot run here: " + problem.get());
        }
        return new PodmanEnvironment(settings, runId, readyTimeout, environmentSettings.tools(),
                environmentSettings.clock());
    }

    private static long seconds(String value) {
        try {
            long s = Long.parseLong(value.strip());
            if (s < 0 || s > 3600) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("orchestrator parameter ready-timeout: '" + value + "' is not a number"
                    + " of seconds from 0 to 3600");
        }
    }
}
