package io.vnfbench.podman;

import io.vnfbench.engine.env.netns.NamespaceSupport;
import io.vnfbench.kubernetes.podman.Podman;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether this host can run the podman environment, checked before anything is created: root, podman that can start
 * containers (its OCI runtime found), nftables, the namespace tools, and the image the pods' infrastructure runs. The
 * answer is one line that names the cause and what to do.
 */
final class PodmanPreflight {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private PodmanPreflight() {
    }

    /** Empty when the environment can run, else why not. */
    static Optional<String> problem(String image) {
        if (!Files.exists(Path.of("/proc/self/ns/net"))) {
            return Optional.of("the podman environment runs pods in Linux network namespaces; this system has none");
        }
        if (!NamespaceSupport.isRoot()) {
            return Optional.of("the podman environment needs root (it creates a bridge network, nftables rules and"
                    + " network namespaces for the pods; vnfbench runs as user " + System.getProperty("user.name")
                    + "): run it as root, or use the local environment, which needs none");
        }
        if (which("podman", false).isEmpty()) {
            return Optional.of("podman is not installed (apt-get install podman): the podman environment runs the NF"
                    + " images with it");
        }
        if (which("nft", true).isEmpty()) {
            return Optional.of("nft is not installed (apt-get install nftables): the pods' network needs it");
        }
        Podman podman = Podman.podman();
        Podman.Result info;
        try {
            info = podman.run(BOUND, "info", "--format", "{{.Host.OCIRuntime.Name}} {{.Host.OCIRuntime.Path}}");
        } catch (UncheckedIOException e) {
            return Optional.of("podman cannot be started: " + e.getMessage());
        }
        if (!info.ok()) {
            return Optional.of("podman is installed but not usable (podman info: " + info.firstLine()
                    + "); check /etc/containers/containers.conf (runtime, cgroup_manager)");
        }
        String[] runtime = info.stdout().strip().split("\\s+");
        if (runtime.length < 2 || !Files.isExecutable(Path.of(runtime[1]))) {
            return Optional.of("podman's OCI runtime " + (runtime.length > 0 ? runtime[0] : "") + " is not installed"
                    + (runtime.length > 1 ? " (" + runtime[1] + " missing)" : "") + "; install it (apt-get install"
                    + " runc) or set runtime in /etc/containers/containers.conf");
        }
        NamespaceSupport.Probe probe = NamespaceSupport.probe(NamespaceSupport.Isolation.HOST);
        if (!probe.available()) {
            return probe.problem();
        }
        if (!podman.run(BOUND, "image", "exists", image).ok()) {
            return Optional.of("image " + image + " (orchestrator parameter vnfbench-image: the pods' infrastructure,"
                    + " network set-up and the routers, switch and traffic ends) is not on this host; build it with"
                    + " docker/build-base --tag " + image + " (docs/podman-environment.md)");
        }
        return Optional.empty();
    }

    /** The executable on PATH; with {@code sbin}, also in the sbin directories a non-root PATH often lacks. */
    static Optional<Path> which(String name, boolean sbin) {
        String path = System.getenv().getOrDefault("PATH", "") + (sbin ? File.pathSeparator + "/usr/sbin:/sbin" : "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }
}
