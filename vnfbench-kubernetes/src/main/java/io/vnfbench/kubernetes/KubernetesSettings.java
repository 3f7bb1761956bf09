package io.vnfbench.kubernetes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the Kubernetes environment reaches and uses a cluster, read from {@code environment.orchestrator.parameters}
 * (each {@code input}/{@code value} pair) and overridden by the command line. Every key is listed in
 * {@link #KEYS} and documented in docs/kubernetes.md; an unknown key is an error, not a silent no-op.
 *
 * @param kubeconfig path of a kubeconfig file; empty means the usual discovery (KUBECONFIG, ~/.kube/config, in-cluster)
 * @param context kubeconfig context; empty means the current context
 * @param inCluster use the pod's service account instead of a kubeconfig
 * @param namespacePrefix prefix of the per-Test namespaces
 * @param namespace fixed (shared) namespace; empty means one namespace per Test deployment
 * @param sutNodeSelector node labels SUT pods must match
 * @param trafficNodeSelector node labels agent (prober) and monitor pods must match
 * @param imagePullSecrets names of image pull secrets added to every pod
 * @param multusNetworks Multus NetworkAttachmentDefinition names for snake connection points (empty: cluster network)
 * @param pipelineLinks how NFs of a pipeline chain are joined: {@code localhost}, {@code memif} or {@code multus}
 * @param hugepages2Mi default hugepages-2Mi amount per SUT container (a Kubernetes quantity), empty for none
 * @param vnfbenchImage the container image of the vnfbench CLI (built-in UDP prober)
 * @param controllerId identifies this controller in labels, so the janitor only deletes its own runs
 * @param timeouts every bounded wait
 * @param raw the parameters as given (for {@code run-id}, {@code in-pod-tools}, {@code image-*})
 */
public record KubernetesSettings(String kubeconfig, String context, boolean inCluster, String namespacePrefix,
        String namespace, Map<String, String> sutNodeSelector, Map<String, String> trafficNodeSelector,
        List<String> imagePullSecrets, List<String> multusNetworks, String pipelineLinks, String hugepages2Mi,
        String vnfbenchImage, String controllerId, Timeouts timeouts, Map<String, String> raw) {

    public static final String DEFAULT_IMAGE = "ghcr.io/vnfbench/vnfbench:0.1.0";

    /** Every parameter key the environment understands. */
    public static final Set<String> KEYS = Set.of("kubeconfig", "context", "in-cluster", "namespace-prefix",
            "namespace", "sut-node-selector", "traffic-node-selector", "image-pull-secrets", "multus-networks",
            "pipeline-links", "hugepages-2Mi", "vnfbench-image", "controller-id", "timeout-schedule",
            "timeout-ready", "timeout-trial-slack", "multus-source-namespace", "image-pull-backoffs",
            "rbac-subject", "run-cluster-role", "timeout-teardown", "lease-seconds", "pod-deadline-seconds",
            "log-limit-bytes", "api-retries", "run-id", "in-pod-tools", "image-iperf3", "image-ping",
            "image-nfvbench", "data-plane");

    public KubernetesSettings {
        sutNodeSelector = Collections.unmodifiableMap(new TreeMap<>(sutNodeSelector));
        trafficNodeSelector = Collections.unmodifiableMap(new TreeMap<>(trafficNodeSelector));
        imagePullSecrets = List.copyOf(imagePullSecrets);
        multusNetworks = List.copyOf(multusNetworks);
        raw = Collections.unmodifiableMap(new TreeMap<>(raw));
        if (!Set.of("localhost", "memif", "multus").contains(pipelineLinks)) {
            throw new IllegalArgumentException("orchestrator parameter pipeline-links: '" + pipelineLinks
                    + "' is not one of localhost, memif, multus");
        }
        if ("multus".equals(pipelineLinks) && multusNetworks.isEmpty()) {
            throw new IllegalArgumentException(
                    "orchestrator parameter pipeline-links=multus needs multus-networks (NetworkAttachmentDefinition names)");
        }
        if (!namespace.isEmpty()) {
            Names.requireDnsLabel("orchestrator parameter namespace", namespace);
        }
        Names.requireDnsLabel("orchestrator parameter namespace-prefix", namespacePrefix);
        String plane = raw.getOrDefault("data-plane", RELAY);
        if (!plane.equals(RELAY) && !plane.equals(IP)) {
            throw new IllegalArgumentException("orchestrator parameter data-plane: '" + plane + "' is not one of "
                    + RELAY + ", " + IP);
        }
    }

    /** The UDP relay data plane: NFs relay datagrams between ports on the cluster network. */
    public static final String RELAY = "relay";
    /** The IP data plane: NFs forward IP packets between interfaces on per-link segments (Multus, static addresses). */
    public static final String IP = "ip";

    /** {@value #RELAY} (default) or {@value #IP}: how a chain's hops are joined (docs/kubernetes.md). */
    public String dataPlane() {
        return raw.getOrDefault("data-plane", RELAY);
    }

    /**
     * Bounds of every wait and the lease.
     *
     * @param schedule how long a pod may stay unscheduled (or pulling) before the Test fails
     * @param ready how long SUT pods may take to become ready once scheduled
     * @param trialSlack added to a prober's expected duration before it counts as hung
     * @param teardown how long deletion may take before cleanup is left to the janitor
     * @param lease how far ahead the lease annotation reaches; refreshed at a third of it
     * @param podDeadline activeDeadlineSeconds of SUT and monitor pods (probers get their own duration plus slack)
     * @param logLimitBytes the most bytes read from one prober's log
     * @param apiRetries attempts for an API call answered with 5xx or an I/O error
     */
    public record Timeouts(Duration schedule, Duration ready, Duration trialSlack, Duration teardown, Duration lease,
            Duration podDeadline, long logLimitBytes, int apiRetries) {

        public static Timeouts defaults() {
            return new Timeouts(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(60),
                    Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(6), 4L << 20, 4);
        }
    }

    public static KubernetesSettings defaults() {
        return fromParameters(Map.of());
    }

    /**
     * Reads the settings from parameters (orchestrator parameters first, command-line overrides put over them).
     *
     * @throws IllegalArgumentException naming the parameter when a key is unknown or a value is malformed
     */
    public static KubernetesSettings fromParameters(Map<String, String> parameters) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        for (String key : p.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown orchestrator parameter '" + key
                        + "' for environment type kubernetes; known: " + new TreeMap<>(asMap(KEYS)).keySet());
            }
        }
        Timeouts d = Timeouts.defaults();
        Timeouts t = new Timeouts(seconds(p, "timeout-schedule", d.schedule()), seconds(p, "timeout-ready", d.ready()),
                seconds(p, "timeout-trial-slack", d.trialSlack()), seconds(p, "timeout-teardown", d.teardown()),
                seconds(p, "lease-seconds", d.lease()), seconds(p, "pod-deadline-seconds", d.podDeadline()),
                number(p, "log-limit-bytes", d.logLimitBytes()), (int) number(p, "api-retries", d.apiRetries()));
        return new KubernetesSettings(p.getOrDefault("kubeconfig", ""), p.getOrDefault("context", ""),
                Boolean.parseBoolean(p.getOrDefault("in-cluster", "false")),
                p.getOrDefault("namespace-prefix", "vnfb"), p.getOrDefault("namespace", ""),
                selector(p, "sut-node-selector"), selector(p, "traffic-node-selector"),
                list(p.get("image-pull-secrets")), list(p.get("multus-networks")),
                p.getOrDefault("pipeline-links", "localhost"), p.getOrDefault("hugepages-2Mi", ""),
                p.getOrDefault("vnfbench-image", DEFAULT_IMAGE),
                Names.labelValue(p.getOrDefault("controller-id", "vnfbench")), t, p);
    }

    /** The run id given by the caller (stable across resume), if any. */
    public Optional<String> runId() {
        return Optional.ofNullable(raw.get("run-id")).filter(s -> !s.isBlank());
    }

    /** Tools that run whole inside a pod of the vnfbench image (built-in Java tools); default {@code udp}. */
    public List<String> inPodTools() {
        return raw.containsKey("in-pod-tools") ? list(raw.get("in-pod-tools")) : List.of("udp");
    }

    /** The image a command runs in: {@code image-<command>} if given, the known default, else the vnfbench image. */
    public String imageFor(String command) {
        String base = command.contains("/") ? command.substring(command.lastIndexOf('/') + 1) : command;
        String given = raw.get("image-" + base);
        if (given != null && !given.isBlank()) {
            return given;
        }
        return PodCommands.DEFAULT_IMAGES.getOrDefault(base, vnfbenchImage);
    }

    public boolean sharedNamespace() {
        return !namespace.isEmpty();
    }

    public Optional<String> hugepages() {
        return hugepages2Mi.isEmpty() ? Optional.empty() : Optional.of(hugepages2Mi);
    }

    private static Map<String, String> asMap(Set<String> keys) {
        Map<String, String> m = new TreeMap<>();
        keys.forEach(k -> m.put(k, ""));
        return m;
    }

    private static Duration seconds(Map<String, String> p, String key, Duration otherwise) {
        return p.containsKey(key) ? Duration.ofSeconds(number(p, key, 0)) : otherwise;
    }

    private static long number(Map<String, String> p, String key, long otherwise) {
        String v = p.get(key);
        if (v == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("orchestrator parameter " + key + ": '" + v
                    + "' is not a positive whole number");
        }
    }

    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    static Map<String, String> selector(Map<String, String> p, String key) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : list(p.get(key))) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("orchestrator parameter " + key + ": '" + pair
                        + "' is not label=value (write e.g. kubernetes.io/hostname=worker-1,disk=ssd)");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    /**
     * Where the NetworkAttachmentDefinitions of multus-networks are copied from: by default {@code default}, or the
     * shared namespace itself (then nothing is copied).
     */
    public String multusSourceNamespace() {
        return raw.getOrDefault("multus-source-namespace", sharedNamespace() ? namespace : "default");
    }

    /**
     * How many image pull back-offs of one pod are tolerated before its Test fails (default 3, as
     * jenkinsci/kubernetes-plugin's Reaper): a registry's transient refusal (429, a timeout) is retried by the
     * kubelet meanwhile; a missing image fails within a few back-offs.
     */
    public int imagePullBackoffs() {
        return (int) number(raw, "image-pull-backoffs", 3);
    }

    /**
     * Who the environment binds ClusterRole {@link #runClusterRole()} to in each per-Test namespace it creates:
     * {@code serviceaccount:NAMESPACE:NAME}, {@code user:NAME} or {@code group:NAME}. Empty: no binding is made, and
     * the account needs the namespaced rights cluster-wide (docs/kubernetes.md, "RBAC").
     */
    public Optional<String> rbacSubject() {
        String s = raw.getOrDefault("rbac-subject", "").trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!s.matches("(serviceaccount:[a-z0-9.-]+:[a-z0-9.-]+|user:.+|group:.+)")) {
            throw new IllegalArgumentException("orchestrator parameter rbac-subject: '" + s + "' is not"
                    + " serviceaccount:NAMESPACE:NAME, user:NAME or group:NAME");
        }
        return Optional.of(s);
    }

    /** The ClusterRole with the rights inside a run's namespace (default {@code vnfbench-run}). */
    public String runClusterRole() {
        return raw.getOrDefault("run-cluster-role", "vnfbench-run");
    }

    /** Lower-case variant of a boolean-ish parameter value. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
