package io.vnfbench.kubernetes.podman;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates one container of a Pod into {@code podman run} arguments, as a kubelet and its runtime would run it:
 * command and args over the image's entrypoint and cmd, environment, the pod's and container's security context
 * (user, group, capabilities, no-new-privileges, privileged, read-only root), CPU and memory limits, emptyDir
 * and configMap volumes (read-only), the namespace's hosts file as {@code /etc/hosts} and a termination-message file.
 */
final class ContainerArgs {

    private ContainerArgs() {
    }

    /** The user a container runs as per its security context, if one is given (uid, or uid:gid). */
    static Optional<Long> runAsUser(Pod pod, Container c) {
        SecurityContext sc = c.getSecurityContext();
        if (sc != null && sc.getRunAsUser() != null) {
            return Optional.of(sc.getRunAsUser());
        }
        PodSecurityContext psc = pod.getSpec().getSecurityContext();
        return psc == null ? Optional.empty() : Optional.ofNullable(psc.getRunAsUser());
    }

    static boolean runAsNonRoot(Pod pod, Container c) {
        SecurityContext sc = c.getSecurityContext();
        if (sc != null && sc.getRunAsNonRoot() != null) {
            return sc.getRunAsNonRoot();
        }
        PodSecurityContext psc = pod.getSpec().getSecurityContext();
        return psc != null && Boolean.TRUE.equals(psc.getRunAsNonRoot());
    }

    static List<String> of(Pod pod, Container c, String podmanPod, String name, String label, Path hosts,
            Path terminationLog, Map<String, Path> emptyDirs, int cpus) {
        List<String> a = new ArrayList<>(List.of("run", "-d", "--pod", podmanPod, "--name", name, "--label", label,
                "--pull", "never", "--log-driver", "k8s-file", "--stop-timeout", "1"));
        if (Boolean.TRUE.equals(c.getStdin())) {
            a.add("-i");
        }
        a.addAll(List.of("-v", hosts + ":/etc/hosts:ro"));
        String tmPath = c.getTerminationMessagePath() == null ? "/dev/termination-log" : c.getTerminationMessagePath();
        a.addAll(List.of("-v", terminationLog + ":" + tmPath));
        for (VolumeMount m : c.getVolumeMounts()) {
            Path dir = emptyDirs.get(m.getName());
            if (dir == null) {
                throw new IllegalArgumentException("volume " + m.getName() + " is not an emptyDir or configMap of the"
                        + " pod; this runtime mounts those only");
            }
            boolean configMap = pod.getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getName().equals(m.getName()) && v.getConfigMap() != null);
            a.addAll(List.of("-v", dir + ":" + m.getMountPath()
                    + (configMap || Boolean.TRUE.equals(m.getReadOnly()) ? ":ro" : "")));
        }
        for (EnvVar e : c.getEnv()) {
            if (e.getValueFrom() != null) {
                throw new IllegalArgumentException("env " + e.getName() + " uses valueFrom; this runtime takes values");
            }
            a.addAll(List.of("--env", e.getName() + "=" + (e.getValue() == null ? "" : e.getValue())));
        }
        if (c.getWorkingDir() != null) {
            a.addAll(List.of("--workdir", c.getWorkingDir()));
        }
        security(pod, c, a);
        resources(c, a, cpus);
        if (!c.getCommand().isEmpty()) {
            a.addAll(List.of("--entrypoint", Serialization.asJson(c.getCommand())));
        }
        a.add(c.getImage());
        a.addAll(c.getArgs());
        return a;
    }

    private static void security(Pod pod, Container c, List<String> a) {
        SecurityContext sc = c.getSecurityContext();
        PodSecurityContext psc = pod.getSpec().getSecurityContext();
        Optional<Long> user = runAsUser(pod, c);
        Long group = sc != null && sc.getRunAsGroup() != null ? sc.getRunAsGroup()
                : psc != null ? psc.getRunAsGroup() : null;
        if (user.isPresent()) {
            a.addAll(List.of("--user", user.get() + (group == null ? "" : ":" + group)));
        }
        if (sc == null) {
            return;
        }
        if (Boolean.TRUE.equals(sc.getPrivileged())) {
            a.add("--privileged");
            return;
        }
        if (Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            a.addAll(List.of("--security-opt", "no-new-privileges"));
        }
        Capabilities caps = sc.getCapabilities();
        if (caps != null) {
            caps.getDrop().forEach(d -> a.addAll(List.of("--cap-drop", d)));
            caps.getAdd().forEach(d -> a.addAll(List.of("--cap-add", d)));
        }
        if (Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            a.add("--read-only");
        }
    }

    private static void resources(Container c, List<String> a, int cpus) {
        if (c.getResources() == null) {
            return;
        }
        Quantity cpuLimit = c.getResources().getLimits().get("cpu");
        if (cpuLimit != null) {
            BigDecimal cores = cpuLimit.getNumericalAmount().min(BigDecimal.valueOf(cpus));
            a.addAll(List.of("--cpus", cores.toPlainString()));
        }
        Quantity cpuRequest = c.getResources().getRequests().get("cpu");
        if (cpuRequest != null) {
            long shares = Math.max(2, cpuRequest.getNumericalAmount().multiply(BigDecimal.valueOf(1024)).longValue());
            a.addAll(List.of("--cpu-shares", Long.toString(shares)));
        }
        Quantity memory = c.getResources().getLimits().get("memory");
        if (memory != null) {
            a.addAll(List.of("--memory", memory.getNumericalAmount().toBigInteger().toString()));
        }
    }

    /** The emptyDir volumes of a pod by name (other kinds are refused by {@link #of}). */
    static List<String> emptyDirNames(Pod pod) {
        return pod.getSpec().getVolumes().stream().filter(v -> v.getEmptyDir() != null).map(Volume::getName).toList();
    }
}
