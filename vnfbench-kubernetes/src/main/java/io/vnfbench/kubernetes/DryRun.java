package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vnfbench.engine.model.VnfBd;
import java.time.Instant;
import java.util.Map;

/**
 * The manifests a Test would apply, as YAML, without a cluster: for {@code vnfbench plan --manifests}, so users can
 * review what vnfbench will create. Prober pods are not included: their commands come from the probers at run time.
 */
public final class DryRun {

    /** One generated run id per process, as a real run has one for all its instances. */
    static final String RUN_ID = KubernetesEnvironmentProvider.newRunId();

    private DryRun() {
    }

    /**
     * YAML documents for one Test of one planned instance.
     *
     * @param parameters the VNF-BR's orchestrator parameters
     * @throws IllegalArgumentException when the parameters or the scenario cannot be mapped (names what and where)
     */
    public static String manifests(Map<String, String> parameters, String instanceId, String testKey, int test,
            VnfBd instance) {
        KubernetesSettings settings = KubernetesSettings.fromParameters(
                KubernetesEnvironmentProvider.withOverrides(parameters));
        // a generated id like a real run's, so names that only break for some run ids show here too
        String runId = settings.runId().orElse(RUN_ID);
        DeploymentContext ctx = new DeploymentContext(runId, instanceId, test, testKey,
                Instant.EPOCH.plus(settings.timeouts().lease()));
        TestManifests manifests = new ManifestFactory(settings).deployment(ctx, instance);
        StringBuilder out = new StringBuilder();
        out.append("# instance ").append(instanceId).append(" (").append(testKey).append("), Test ").append(test)
                .append(": ").append(manifests.sutPods().size()).append(" SUT pod(s), run id ").append(runId)
                .append(", namespace ")
                .append(manifests.namespace()).append('\n');
        for (HasMetadata object : manifests.all()) {
            out.append(Serialization.asYaml(object));
        }
        return out.toString();
    }
}
