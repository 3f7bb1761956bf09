package io.vnfbench.kubernetes.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs Kubernetes Pods for real on this host with podman: one node with this machine's CPUs, a cluster network
 * ({@link ClusterNetwork}: a pod address each, Services as rewritten addresses, cluster DNS as hosts files), and per
 * pod a network namespace holding its containers. It does what a kubelet, kube-proxy and cluster DNS do for the
 * pods and Services given to it, and reports each pod's status, container logs and events as a kubelet would. It
 * knows no API server: a caller feeds it objects (a test kubelet on fabric8's mock server, or an environment running
 * manifests on this host) and reads statuses back.
 *
 * <p>Everything it creates (podman pods, containers, the network, an nftables table, a state directory) carries the
 * cluster's id and goes with {@link #close()}.
 */
public final class PodmanCluster implements AutoCloseable {

    /** Label on every podman object of a cluster: its id. */
    public static final String LABEL = "io.vnfbench.cluster";

    /**
     * How the cluster runs pods.
     *
     * @param id unique per cluster on this host (names of the network, pods, nft table)
     * @param infraImage image of the pods' infra containers (it must have {@code sleep})
     * @param clusterDomain the DNS domain, {@code cluster.local} as kubeadm's default
     * @param pullBackoff first back-off after a failed pull (a kubelet's is 10 s)
     * @param pullBackoffMax largest back-off (a kubelet's is 300 s)
     * @param pullTimeout bound of one pull
     * @param stateDir where hosts files, termination-message files and emptyDir volumes live
     */
    public record Options(String id, String infraImage, String clusterDomain, Duration pullBackoff,
            Duration pullBackoffMax, Duration pullTimeout, Path stateDir) {
        public Options {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(infraImage, "infraImage");
            if (!id.matches("[a-z0-9][a-z0-9-]{0,30}")) {
                throw new IllegalArgumentException("cluster id '" + id + "' is not 1-31 of [a-z0-9-]");
            }
        }

        public static Options of(String id, String infraImage) {
            return new Options(id, infraImage, "cluster.local", Duration.ofSeconds(10), Duration.ofSeconds(300),
                    Duration.ofMinutes(5), Path.of(System.getProperty("java.io.tmpdir"), "vnfbench-pods-" + id));
        }

        public Options withPullBackoff(Duration first, Duration max) {
            return new Options(id, infraImage, clusterDomain, first, max, pullTimeout, stateDir);
        }
    }

    /** An event a kubelet would record about a pod (reason as the kubelet's, e.g. Pulling, Failed, BackOff). */
    public record PodEvent(String namespace, String pod, String reason, String message, boolean warning) {
    }

    private final Options options;
    private final Podman podman;
    private final ClusterNetwork network;
    private final String hostIp;
    private final int cpus;
    private final Map<String, PodSandbox> pods = new ConcurrentHashMap<>();
    private final Map<String, ConfigMap> configMaps = new ConcurrentHashMap<>();
    private final SecondaryNetworks secondary = new SecondaryNetworks();
    private final List<Consumer<PodEvent>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService probes = Executors.newFixedThreadPool(2, r -> daemon(r, "pod-probes"));
    private final AtomicInteger sequence = new AtomicInteger();
    private final Thread syncer;
    private volatile boolean closed;
    private final Object closing = new Object();

    private PodmanCluster(Options options, Podman podman, ClusterNetwork network) {
        this.options = options;
        this.podman = podman;
        this.network = network;
        this.hostIp = network.subnet().replaceAll("\\.0/24$", ".1");
        this.cpus = Runtime.getRuntime().availableProcessors();
        this.syncer = daemon(this::syncLoop, "podman-cluster-" + options.id());
        syncer.start();
    }

    /** Creates the network and starts the cluster's sync loop. Needs root (bridge, nftables). */
    public static PodmanCluster start(Options options) {
        try {
            Files.createDirectories(options.stateDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + options.stateDir() + ": " + e.getMessage(), e);
        }
        Podman podman = Podman.podman();
        ClusterNetwork network = ClusterNetwork.create(podman, new Podman("nft"), "vnfb-" + options.id(),
                options.stateDir(), options.clusterDomain());
        PodmanCluster cluster = new PodmanCluster(options, podman, network);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "podman-cluster-close-" + options.id()));
        return cluster;
    }

    public Options options() {
        return options;
    }

    /** The network's name (a podman network) and subnet, e.g. for diagnostics. */
    public String network() {
        return network.name() + " " + network.subnet();
    }

    public void onEvent(Consumer<PodEvent> listener) {
        listeners.add(listener);
    }

    /** Adds or replaces a Service: ClusterIP Services get an address, every Service its DNS records. */
    public void apply(Service service) {
        network.apply(service);
        sync();
    }

    public void deleteService(String namespace, String name) {
        network.remove(namespace, name);
        sync();
    }

    /** Adds or replaces a ConfigMap that pods mount as a volume (read when the pod starts, as a kubelet's first sync). */
    public void apply(ConfigMap configMap) {
        configMaps.put(key(configMap.getMetadata().getNamespace(), configMap.getMetadata().getName()),
                Serialization.clone(configMap));
    }

    public void deleteConfigMap(String namespace, String name) {
        configMaps.remove(key(namespace, name));
    }

    /**
     * Adds or replaces a Multus NetworkAttachmentDefinition; pods that name it in their
     * {@code k8s.v1.cni.cncf.io/networks} annotation get an interface on it (see {@link SecondaryNetworks}).
     */
    public void applyNetworkAttachment(GenericKubernetesResource nad) {
        secondary.apply(nad);
    }

    public void deleteNetworkAttachment(String namespace, String name) {
        secondary.remove(namespace, name);
    }

    /** The address a ClusterIP Service got. */
    public Optional<String> clusterIp(String namespace, String service) {
        return network.clusterIp(namespace, service);
    }

    /**
     * Admits a pod and starts it in the background: scheduled when its requests fit this node (else it stays
     * Pending as Unschedulable, as the scheduler leaves it), then its containers are pulled and run.
     */
    public void run(Pod pod) {
        String key = key(pod.getMetadata().getNamespace(), pod.getMetadata().getName());
        if (closed || pods.containsKey(key)) {
            return;
        }
        String podmanPod = "vnfb-" + options.id() + "-" + sequence.incrementAndGet();
        PodSandbox sandbox = new PodSandbox(Serialization.clone(pod), podmanPod, network.allocate(), options, podman,
                network, secondary, (ns, n) -> Optional.ofNullable(configMaps.get(key(ns, n))),
                options.stateDir().resolve(podmanPod), e -> publish(new PodEvent(e.namespace(), e.pod(),
                        e.reason(), e.message(), e.warning())));
        pods.put(key, sandbox);
        schedule(sandbox);
        sync();
    }

    private synchronized void schedule(PodSandbox s) {
        if (s.startTime != null || s.deleted) {
            return;
        }
        String why = NodeFit.check(s.pod, network.name(), cpus, pods.values());
        s.unschedulable = why;
        if (why == null) {
            try {
                s.start();
            } catch (IOException e) {
                s.unschedulable = "cannot prepare the pod's directory: " + e.getMessage();
            }
        }
    }

    /** Stops and removes a pod at once (grace period 0); unknown pods are ignored. */
    public void delete(String namespace, String name) {
        PodSandbox s = pods.remove(key(namespace, name));
        if (s != null) {
            s.remove();
            network.release(s.ip);
            sync();
        }
    }

    /** The pod's status as its kubelet would report it, if the cluster runs it. */
    public Optional<PodStatus> status(String namespace, String name) {
        return Optional.ofNullable(pods.get(key(namespace, name))).map(s -> PodStatuses.of(s, hostIp));
    }

    /** A container's log from its start, at most {@code limitBytes}; empty when the pod or container is unknown. */
    public Optional<String> log(String namespace, String name, String container, long limitBytes) {
        PodSandbox s = pods.get(key(namespace, name));
        if (s == null) {
            return Optional.empty();
        }
        return s.runs.stream().filter(r -> r.spec.getName().equals(container) || container == null).findFirst()
                .filter(r -> r.startedAt != null).map(r -> s.log(r, limitBytes));
    }

    /** Kills a container with SIGKILL, as the kernel's OOM killer or a crash would end it. */
    public void kill(String namespace, String name, String container) {
        PodSandbox s = pods.get(key(namespace, name));
        if (s == null) {
            throw new IllegalArgumentException("no pod " + namespace + "/" + name);
        }
        ContainerRun r = s.runs.stream().filter(x -> x.spec.getName().equals(container)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("pod " + name + " has no container " + container));
        podman.run(Duration.ofSeconds(30), "kill", "--signal", "KILL", r.name);
    }

    /**
     * Packet counters of a pod's network interfaces ({@code /proc/<pid>/net/dev} of its network namespace):
     * interface → {received packets, transmitted packets}. What a per-interface listener of the SUT reads.
     */
    public Map<String, long[]> interfaceCounters(String namespace, String name) {
        String pid = Long.toString(infraPid(namespace, name).orElseThrow(() -> new IllegalArgumentException("no pod "
                + namespace + "/" + name + " with a network namespace")));
        Map<String, long[]> out = new java.util.TreeMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "net", "dev"))) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String[] f = line.substring(colon + 1).trim().split("\\s+");
                out.put(line.substring(0, colon).trim(), new long[] {Long.parseLong(f[1]), Long.parseLong(f[9])});
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the interfaces of pod " + name + " (pid " + pid + "): "
                    + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The process of a pod's infra container, which holds the pod's network namespace ({@code /proc/PID/ns/net}),
     * once the pod has one; empty for an unknown or unscheduled pod.
     */
    public Optional<Long> infraPid(String namespace, String name) {
        PodSandbox s = pods.get(key(namespace, name));
        return s == null || s.infraPid <= 0 ? Optional.empty() : Optional.of(s.infraPid);
    }

    /** The main process of each running container of a pod (container name → pid). */
    public Map<String, Long> containerPids(String namespace, String name) {
        PodSandbox s = pods.get(key(namespace, name));
        Map<String, Long> out = new java.util.TreeMap<>();
        if (s == null) {
            return out;
        }
        for (ContainerRun r : s.runs) {
            if (r.running()) {
                String pid = podman.run(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Pid}}", r.name)
                        .stdout().strip();
                if (pid.matches("[1-9][0-9]*")) {
                    out.put(r.spec.getName(), Long.parseLong(pid));
                }
            }
        }
        return out;
    }

    /** Names of the podman objects this cluster has on the host now (pods and containers), for leak checks. */
    public List<String> podmanObjects() {
        List<String> out = new ArrayList<>();
        Podman.Result ps = podman.run(Duration.ofSeconds(30), "ps", "-a", "--filter", "label=" + LABEL + "="
                + options.id(), "--format", "{{.Names}}");
        ps.stdout().lines().filter(l -> !l.isBlank()).forEach(out::add);
        Podman.Result pp = podman.run(Duration.ofSeconds(30), "pod", "ps", "--filter", "label=" + LABEL + "="
                + options.id(), "--format", "{{.Name}}");
        pp.stdout().lines().filter(l -> !l.isBlank()).forEach(l -> out.add("pod " + l));
        return out;
    }

    private void syncLoop() {
        while (!closed) {
            try {
                sync();
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                publish(new PodEvent("", "", "SyncError", String.valueOf(e.getMessage()), true));
            }
        }
    }

    /** One pass: container states from podman, probes, deadlines, scheduling retries, DNS and Service NAT. */
    private synchronized void sync() {
        if (closed) {
            return;
        }
        Map<String, String> states = new java.util.HashMap<>();
        Podman.Result ps = podman.run(Duration.ofSeconds(30), "ps", "-a", "--filter", "label=" + LABEL + "="
                + options.id(), "--format", "json");
        if (ps.ok() && !ps.stdout().isBlank()) {
            for (Object o : Serialization.unmarshal(ps.stdout(), List.class)) {
                Map<?, ?> c = (Map<?, ?>) o;
                Object names = c.get("Names");
                String n = names instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : String.valueOf(names);
                states.put(n, String.valueOf(c.get("State")));
            }
        }
        List<ClusterNetwork.PodView> views = new ArrayList<>();
        for (PodSandbox s : pods.values().stream().sorted(Comparator.comparing(p -> p.podmanPod)).toList()) {
            if (s.startTime == null) {
                schedule(s);
            }
            for (ContainerRun r : s.runs) {
                String state = states.get(r.name);
                if (r.running() && state != null && (state.startsWith("exited") || state.startsWith("stopped"))) {
                    s.exited(r);
                } else if (r.running()) {
                    probes.submit(() -> s.probe(r));
                }
            }
            Long deadline = s.pod.getSpec().getActiveDeadlineSeconds();
            Instant startTime = s.startTime;
            if (deadline != null && startTime != null && s.deadlineExceeded == null
                    && Instant.now().isAfter(startTime.plusSeconds(deadline))) {
                s.killAll("Pod was active on the node longer than the specified deadline");
            }
            boolean ready = !s.runs.isEmpty() && s.runs.stream().allMatch(r -> r.ready && r.running());
            views.add(new ClusterNetwork.PodView(s.namespace, s.name, s.pod.getMetadata().getLabels(), s.ip,
                    s.pod.getSpec().getHostname(), s.pod.getSpec().getSubdomain(), ready, s.ports()));
        }
        network.sync(views);
    }

    private void publish(PodEvent e) {
        for (Consumer<PodEvent> l : listeners) {
            l.accept(e);
        }
    }

    /**
     * Removes every pod, container, the network and the nftables table of this cluster. Idempotent; a second caller
     * (the environment, while the shutdown hook closes) waits until the first is done, so that nothing it started is
     * still being removed when it returns.
     */
    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            syncer.interrupt();
            probes.shutdownNow();
            for (PodSandbox s : pods.values()) {
                s.remove();
            }
            pods.clear();
            Podman.Result left = podman.run(Duration.ofSeconds(60), "pod", "ps", "-q", "--filter", "label=" + LABEL
                    + "=" + options.id());
            left.stdout().lines().filter(l -> !l.isBlank())
                    .forEach(id -> podman.run(Duration.ofSeconds(60), "pod", "rm", "-f", "-t", "0", id.strip()));
            try {
                network.close();
            } finally {
                secondary.close();
                deleteTree(options.stateDir());
            }
        }
    }

    /** Removes the cluster's state directory, as much of it as can be removed. */
    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort, as before the containers are all gone: a file still in use stays behind
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // already gone
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
