package io.vnfbench.kubernetes;

import io.vnfbench.kubernetes.podman.PodmanCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A cluster on this host for trying the command line against (needs podman and root): fabric8's mock server with
 * the podman kubelet, and a kubeconfig for it. Usage: {@code PodmanKubeletMain KUBECONFIG_OUT [IMAGE]}; it prints
 * the image to set as vnfbench-image and runs until killed (the cluster is removed on exit).
 */
public final class PodmanKubeletMain {

    private PodmanKubeletMain() {
    }

    public static void main(String[] args) throws Exception {
        String image = args.length > 1 ? args[1] : VnfbenchTestImage.image();
        PodmanCluster cluster = PodmanCluster.start(PodmanCluster.Options.of("cli" + Long.toString(
                ProcessHandle.current().pid(), 36), image).withPullBackoff(Duration.ofSeconds(1),
                Duration.ofSeconds(4)));
        PodmanKubelet kubelet = new PodmanKubelet(cluster);
        String url = kubelet.client.getConfiguration().getMasterUrl();
        Files.writeString(Path.of(args[0]), String.join("\n", "apiVersion: v1", "kind: Config",
                "clusters:", "- name: podman", "  cluster:", "    server: " + url,
                "contexts:", "- name: podman", "  context:", "    cluster: podman", "    user: podman",
                "current-context: podman", "users:", "- name: podman", "  user:", "    token: podman", ""),
                StandardCharsets.UTF_8);
        System.out.println("kubeconfig " + args[0] + " -> " + url + "; vnfbench-image " + image);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                kubelet.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Thread.currentThread().join();
    }
}
