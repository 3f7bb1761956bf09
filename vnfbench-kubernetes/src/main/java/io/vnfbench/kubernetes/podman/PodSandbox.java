package io.vnfbench.kubernetes.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One pod on this host: a podman pod (its own network namespace, address and host name on the cluster network)
 * and its containers, each started once its image is present. Pulls fail and back off as a kubelet's do; readiness
 * probes run in the container at their period; what a container did is kept for the pod's status.
 */
final class PodSandbox {

    /** What the sandbox tells the cluster about (events a kubelet would record). */
    record Event(String namespace, String pod, String reason, String message, boolean warning) {
    }

    final Pod pod;
    final String namespace;
    final String name;
    final String podmanPod;
    final String ip;
    final Instant created = Instant.now();
    final List<ContainerRun> runs = new ArrayList<>();
    /** Init containers, run one after the other to completion before {@link #runs} start. */
    final List<ContainerRun> initRuns = new ArrayList<>();
    /** The infra container's process: its network namespace is the pod's. */
    volatile long infraPid;
    volatile boolean deleted;
    @CheckForNull
    volatile String unschedulable;
    @CheckForNull
    volatile String deadlineExceeded;
    @CheckForNull
    volatile Instant startTime;
    volatile boolean configMapMissing;
    private final PodmanCluster.Options options;
    private final Podman podman;
    private final ClusterNetwork network;
    private final Path dir;
    private final Consumer<Event> events;
    private final Map<String, Path> emptyDirs = new LinkedHashMap<>();
    private final SecondaryNetworks secondary;
    private final java.util.function.BiFunction<String, String, Optional<ConfigMap>> configMaps;

    PodSandbox(Pod pod, String podmanPod, String ip, PodmanCluster.Options options, Podman podman,
            ClusterNetwork network, SecondaryNetworks secondary,
            java.util.function.BiFunction<String, String, Optional<ConfigMap>> configMaps, Path dir,
            Consumer<Event> events) {
        this.pod = pod;
        this.namespace = pod.getMetadata().getNamespace();
        this.name = pod.getMetadata().getName();
        this.podmanPod = podmanPod;
        this.ip = ip;
        this.options = options;
        this.podman = podman;
        this.network = network;
        this.dir = dir;
        this.events = events;
        this.secondary = secondary;
        this.configMaps = configMaps;
        for (Container c : pod.getSpec().getInitContainers()) {
            initRuns.add(new ContainerRun(c, podmanPod + "-" + c.getName(), dir.resolve(c.getName() + ".termination-log")));
        }
        for (Container c : pod.getSpec().getContainers()) {
            runs.add(new ContainerRun(c, podmanPod + "-" + c.getName(), dir.resolve(c.getName() + ".termination-log")));
        }
    }

    /** Container port names to numbers, for Services with a named targetPort. */
    Map<String, Integer> ports() {
        Map<String, Integer> out = new TreeMap<>();
        for (Container c : pod.getSpec().getContainers()) {
            for (ContainerPort p : c.getPorts()) {
                if (p.getName() != null) {
                    out.put(p.getName(), p.getContainerPort());
                }
            }
        }
        return out;
    }

    /** Creates the podman pod and starts each container once its image is there (one thread per container). */
    void start() throws IOException {
        Files.createDirectories(dir);
        for (String volume : ContainerArgs.emptyDirNames(pod)) {
            Path d = Files.createDirectories(dir.resolve("volume-" + volume));
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxrwxrwx"));
            emptyDirs.put(volume, d);
        }
        for (Volume v : pod.getSpec().getVolumes()) {
            if (v.getConfigMap() != null) {
                emptyDirs.put(v.getName(), configMapVolume(v));
            }
        }
        for (ContainerRun r : allRuns()) {
            Files.writeString(r.terminationLog, "", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(r.terminationLog, PosixFilePermissions.fromString("rw-rw-rw-"));
        }
        Path hosts = network.hostsFile(namespace);
        startTime = Instant.now();
        // the sandbox is made on the pod's own thread: pods start side by side, and the cluster's sync goes on
        Thread t = new Thread(() -> {
            if (createSandbox()) {
                initThenRun(hosts);
            }
        }, "pod-" + name);
        t.setDaemon(true);
        t.start();
    }

    /** The podman pod (its network namespace, address and host name) with its secondary networks attached. */
    private boolean createSandbox() {
        String hostname = pod.getSpec().getHostname() != null ? pod.getSpec().getHostname() : name;
        List<String> create = new ArrayList<>(List.of("pod", "create", "--name", podmanPod,
                "--network", network.name(), "--ip", ip, "--hostname", hostname, "--no-hosts",
                "--dns", "127.0.0.1", "--dns-search", namespace + ".svc." + options.clusterDomain(),
                "--dns-search", "svc." + options.clusterDomain(), "--dns-search", options.clusterDomain(),
                "--infra-image", options.infraImage(), "--infra-command", "sleep infinity",
                "--label", PodmanCluster.LABEL + "=" + options.id()));
        if (pod.getSpec().getSecurityContext() != null) {
            for (Sysctl sysctl : pod.getSpec().getSecurityContext().getSysctls()) {
                create.addAll(List.of("--sysctl", sysctl.getName() + "=" + sysctl.getValue()));
            }
        }
        Podman.Result created = podman.run(Duration.ofSeconds(60), create);
        if (deleted) {
            podman.run(Duration.ofSeconds(60), "pod", "rm", "-f", "-t", "0", podmanPod);
            return false;
        }
        if (!created.ok()) {
            sandboxFailed(created.firstLine());
            return false;
        }
        Podman.Result started = podman.run(Duration.ofSeconds(60), "pod", "start", podmanPod);
        String infra = podman.run(Duration.ofSeconds(30), "pod", "inspect", "--format", "{{.InfraContainerID}}",
                podmanPod).stdout().strip();
        String pid = infra.isEmpty() ? "" : podman.run(Duration.ofSeconds(30), "inspect", "--format",
                "{{.State.Pid}}", infra).stdout().strip();
        if (!started.ok() || !pid.matches("[1-9][0-9]*")) {
            sandboxFailed(started.ok() ? "the pod's infra container has no process" : started.firstLine());
            return false;
        }
        infraPid = Long.parseLong(pid);
        Optional<String> networks = secondary.attach(pod, infraPid);
        if (networks.isPresent()) {
            sandboxFailed(networks.get());
            return false;
        }
        return !deleted;
    }

    List<ContainerRun> allRuns() {
        List<ContainerRun> all = new ArrayList<>(initRuns);
        all.addAll(runs);
        return all;
    }

    /** The pod's network cannot be set up: containers stay waiting and an event says why, as a kubelet reports. */
    private void sandboxFailed(String why) {
        podman.run(Duration.ofSeconds(60), "pod", "rm", "-f", "-t", "0", podmanPod);
        infraPid = 0;
        for (ContainerRun r : allRuns()) {
            r.waitingReason = "CreatePodSandboxError";
            r.waitingMessage = why;
        }
        events.accept(new Event(namespace, name, "FailedCreatePodSandBox", why, true));
    }

    /** A configMap volume: its keys as files in a directory of the pod (all keys, or the items asked for). */
    private Path configMapVolume(Volume v) throws IOException {
        Path d = Files.createDirectories(dir.resolve("volume-" + v.getName()));
        String cmName = v.getConfigMap().getName();
        Optional<ConfigMap> cm = configMaps.apply(namespace, cmName);
        if (cm.isEmpty()) {
            if (!Boolean.TRUE.equals(v.getConfigMap().getOptional())) {
                for (ContainerRun r : allRuns()) {
                    r.waitingReason = "CreateContainerConfigError";
                    r.waitingMessage = "configmap \"" + cmName + "\" not found";
                }
                configMapMissing = true;
            }
            return d;
        }
        Map<String, String> data = cm.get().getData() == null ? Map.of() : cm.get().getData();
        Map<String, String> files = new LinkedHashMap<>();
        if (v.getConfigMap().getItems().isEmpty()) {
            data.forEach(files::put);
        } else {
            v.getConfigMap().getItems().forEach(i -> files.put(i.getPath(), data.getOrDefault(i.getKey(), "")));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = d.resolve(f.getKey()).normalize();
            if (!file.startsWith(d)) {
                continue; // a path outside the volume is refused by the API server's validation
            }
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
        return d;
    }

    /** Init containers one after the other, each to a successful end; then every container at once. */
    private void initThenRun(Path hosts) {
        if (configMapMissing) {
            return;
        }
        for (ContainerRun r : initRuns) {
            if (deleted || !pullAndRun(r, hosts)) {
                return;
            }
            podman.run(Duration.ofHours(24), "wait", r.name);
            exited(r);
            if (!Integer.valueOf(0).equals(r.exitCode)) {
                for (ContainerRun main : runs) {
                    main.waitingReason = "PodInitializing";
                }
                return;
            }
        }
        for (ContainerRun r : runs) {
            Thread t = new Thread(() -> pullAndRun(r, hosts), "pod-" + name + "-" + r.spec.getName());
            t.setDaemon(true);
            t.start();
        }
    }

    /** Pulls the image as a kubelet does and starts the container; false when it could not be started. */
    private boolean pullAndRun(ContainerRun r, Path hosts) {
        String image = r.spec.getImage();
        Duration backoff = options.pullBackoff();
        while (!deleted) {
            if (podman.run(Duration.ofSeconds(30), "image", "exists", image).ok()) {
                break;
            }
            events.accept(new Event(namespace, name, "Pulling", "Pulling image \"" + image + "\"", false));
            Podman.Result pulled = podman.run(options.pullTimeout(), "pull", "-q", image);
            if (pulled.ok()) {
                break;
            }
            String why = pulled.firstLine();
            if (why.contains("invalid reference format")) {
                r.waitingReason = "InvalidImageName";
                r.waitingMessage = "Failed to apply default image tag \"" + image + "\": " + why;
                events.accept(new Event(namespace, name, "InspectFailed", r.waitingMessage, true));
                return false;
            }
            r.waitingReason = "ErrImagePull";
            r.waitingMessage = "failed to pull image \"" + image + "\": " + why;
            events.accept(new Event(namespace, name, "Failed", "Failed to pull image \"" + image + "\": " + why, true));
            sleep(Duration.ofMillis(Math.min(1000, backoff.toMillis())));
            r.waitingReason = "ImagePullBackOff";
            r.waitingMessage = "Back-off pulling image \"" + image + "\"";
            events.accept(new Event(namespace, name, "BackOff", r.waitingMessage, false));
            sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(options.pullBackoffMax()) > 0 ? options.pullBackoffMax()
                    : backoff.multipliedBy(2);
        }
        if (deleted) {
            return false;
        }
        if (ContainerArgs.runAsNonRoot(pod, r.spec) && ContainerArgs.runAsUser(pod, r.spec).isEmpty()) {
            String user = podman.run(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Config.User}}",
                    image).stdout().strip();
            String uid = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            if (uid.isEmpty() || uid.equals("0") || uid.equals("root")) {
                r.waitingReason = "CreateContainerConfigError";
                r.waitingMessage = "container has runAsNonRoot and image will run as root";
                return false;
            } else if (!uid.matches("\\d+")) {
                r.waitingReason = "CreateContainerConfigError";
                r.waitingMessage = "container has runAsNonRoot and image has non-numeric user (" + uid
                        + "), cannot verify user is non-root";
                return false;
            }
        }
        r.imageId = podman.run(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Id}}", image).stdout()
                .strip();
        List<String> args;
        try {
            args = ContainerArgs.of(pod, r.spec, podmanPod, r.name, PodmanCluster.LABEL + "=" + options.id(), hosts,
                    r.terminationLog, emptyDirs, Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            r.waitingReason = "CreateContainerConfigError";
            r.waitingMessage = e.getMessage();
            return false;
        }
        Podman.Result run = podman.run(Duration.ofSeconds(120), args);
        if (!run.ok()) {
            r.waitingReason = "RunContainerError";
            r.waitingMessage = run.firstLine();
            events.accept(new Event(namespace, name, "Failed", "Error: " + run.firstLine(), true));
            return false;
        }
        r.startedAt = Instant.now();
        r.waitingReason = null;
        events.accept(new Event(namespace, name, "Started", "Started container " + r.spec.getName(), false));
        return true;
    }

    /** Records that a container exited, with what a kubelet reports: exit code, reason, termination message. */
    void exited(ContainerRun r) {
        if (r.exitCode != null) {
            return;
        }
        Podman.Result inspect = podman.run(Duration.ofSeconds(30), "inspect", "--format",
                "{{.State.ExitCode}} {{.State.OOMKilled}}", r.name);
        String[] parts = inspect.stdout().strip().split(" ");
        int code = inspect.ok() && parts.length == 2 ? Integer.parseInt(parts[0]) : 137;
        boolean oom = parts.length == 2 && Boolean.parseBoolean(parts[1]);
        String message = "";
        try {
            message = Files.readString(r.terminationLog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // gone with the pod
        }
        if (message.isBlank() && code != 0 && "FallbackToLogsOnError".equals(r.spec.getTerminationMessagePolicy())) {
            String log = log(r, Long.MAX_VALUE);
            List<String> lines = log.lines().toList();
            message = String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            if (message.length() > 2048) {
                message = message.substring(message.length() - 2048);
            }
        }
        if (message.length() > 4096) {
            message = message.substring(0, 4096);
        }
        r.terminationMessage = message.isEmpty() ? null : message;
        r.terminatedReason = oom ? "OOMKilled" : code == 0 ? "Completed" : "Error";
        r.finishedAt = Instant.now();
        r.ready = false;
        r.exitCode = code;
    }

    /** Runs the container's readiness probe if it is due (exec probes only; others count as passing). */
    void probe(ContainerRun r) {
        var probe = r.spec.getReadinessProbe();
        if (!r.running() || r.probing) {
            return;
        }
        if (probe == null) {
            r.ready = true;
            return;
        }
        Instant now = Instant.now();
        int delay = probe.getInitialDelaySeconds() == null ? 0 : probe.getInitialDelaySeconds();
        Instant started = r.startedAt;
        if (started == null || now.isBefore(started.plusSeconds(delay)) || now.isBefore(r.nextProbe)) {
            return;
        }
        int period = probe.getPeriodSeconds() == null ? 10 : probe.getPeriodSeconds();
        r.nextProbe = now.plusSeconds(period);
        if (probe.getExec() == null) {
            r.ready = true;
            return;
        }
        r.probing = true;
        List<String> command = new ArrayList<>(List.of("exec", r.name));
        command.addAll(probe.getExec().getCommand());
        int timeout = probe.getTimeoutSeconds() == null ? 1 : probe.getTimeoutSeconds();
        Podman.Result result = podman.run(Duration.ofSeconds(timeout + 5L), command);
        synchronized (r) {
            if (result.ok()) {
                r.failures = 0;
                r.successes++;
                if (r.successes >= (probe.getSuccessThreshold() == null ? 1 : probe.getSuccessThreshold())) {
                    r.ready = r.running();
                }
            } else {
                r.successes = 0;
                r.failures++;
                if (r.failures >= (probe.getFailureThreshold() == null ? 3 : probe.getFailureThreshold())) {
                    r.ready = false;
                }
            }
        }
        r.probing = false;
    }

    /** The container's log (stdout and stderr in order), at most {@code limitBytes} from the start. */
    String log(ContainerRun r, long limitBytes) {
        Podman.Result logs = podman.runMerged(Duration.ofSeconds(30), List.of("logs", r.name));
        String text = logs.ok() ? logs.stdout() : "";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= limitBytes ? text
                : new String(bytes, 0, (int) Math.min(Integer.MAX_VALUE, limitBytes), StandardCharsets.UTF_8);
    }

    /** Kills every container, as a kubelet does when activeDeadlineSeconds is over. */
    void killAll(String reason) {
        deadlineExceeded = reason;
        for (ContainerRun r : runs) {
            if (r.running()) {
                podman.run(Duration.ofSeconds(30), "kill", r.name);
            }
        }
    }

    /** Removes the pod and its containers at once (grace period 0). */
    void remove() {
        deleted = true;
        podman.run(Duration.ofSeconds(60), "pod", "rm", "-f", "-t", "0", podmanPod);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
