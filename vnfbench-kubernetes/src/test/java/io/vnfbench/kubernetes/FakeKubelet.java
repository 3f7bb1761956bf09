package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Plays kubelet and scheduler for the fabric8 mock server (CRUD mode has neither): moves vnfbench's pods through
 * their phases as a {@link Script} says, and for command pods registers the container log the wrapper would print
 * (the mock answers the log URL with a pod list unless an expectation exists).
 */
final class FakeKubelet implements AutoCloseable {

    /** What happens to one pod. */
    sealed interface Behaviour permits Ready, Completes, ImagePullBackOff, Evicted, Hangs, CompletesWithoutLog {
    }

    record Ready() implements Behaviour {
    }

    record Completes(String stdout, int exitCode) implements Behaviour {
    }

    record CompletesWithoutLog(String stdout, int exitCode) implements Behaviour {
    }

    record ImagePullBackOff() implements Behaviour {
    }

    record Evicted() implements Behaviour {
    }

    record Hangs() implements Behaviour {
    }

    /** Chooses the behaviour of a pod. */
    interface Script extends Function<Pod, Behaviour> {
    }

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Script script;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final List<String> seen = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    FakeKubelet(KubernetesMockServer server, KubernetesClient client, Script script) {
        this.server = server;
        this.client = client;
        this.script = script;
        this.thread = new Thread(this::loop, "fake-kubelet");
        thread.setDaemon(true);
        thread.start();
    }

    /** Every pod (namespace/name) the kubelet acted on, in order. */
    synchronized List<String> seen() {
        return List.copyOf(seen);
    }

    Throwable failure() {
        return failure;
    }

    private void loop() {
        while (running) {
            try {
                for (Pod pod : client.pods().inAnyNamespace().withLabel(Names.MANAGED_BY, Names.MANAGER).list()
                        .getItems()) {
                    String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + "/"
                            + pod.getMetadata().getUid();
                    if (handled.add(key)) {
                        synchronized (this) {
                            seen.add(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
                        }
                        act(pod, script.apply(pod));
                    }
                }
                Thread.sleep(40);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    failure = e;
                }
            }
        }
    }

    private void act(Pod pod, Behaviour behaviour) {
        String ns = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        String container = pod.getSpec().getContainers().get(0).getName();
        PodStatus status;
        if (behaviour instanceof Ready) {
            status = new PodStatusBuilder().withPhase("Running").withPodIP("10.0.0.1")
                    .withStartTime("2026-11-21T23:00:00Z").withQosClass("Guaranteed")
                    .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                    .addNewCondition().withType("Ready").withStatus("True").endCondition()
                    .withContainerStatuses(running(pod)).build();
        } else if (behaviour instanceof Hangs) {
            status = new PodStatusBuilder().withPhase("Running")
                    .addNewCondition().withType("Ready").withStatus("True").endCondition()
                    .withContainerStatuses(running(pod)).build();
        } else if (behaviour instanceof ImagePullBackOff) {
            status = new PodStatusBuilder().withPhase("Pending")
                    .withContainerStatuses(new ContainerStatusBuilder().withName(container)
                            .withImage(pod.getSpec().getContainers().get(0).getImage()).withRestartCount(0)
                            .withNewState().withNewWaiting().withReason("ImagePullBackOff")
                            .withMessage("Back-off pulling image \"" + pod.getSpec().getContainers().get(0).getImage()
                                    + "\"").endWaiting().endState().build())
                    .build();
        } else if (behaviour instanceof Evicted) {
            status = new PodStatusBuilder().withPhase("Failed").withReason("Evicted")
                    .withMessage("The node was low on resource: memory.").build();
        } else if (behaviour instanceof Completes c) {
            String marker = marker(pod);
            server.expect().get().withPath("/api/v1/namespaces/" + ns + "/pods/" + name
                    + "/log?pretty=false&container=" + container + "&limitBytes=4194304")
                    .andReturn(200, "some stderr\n" + PodCommands.begin(marker) + "\n" + c.stdout() + "\n\n"
                            + PodCommands.endPrefix(marker) + " rc=" + c.exitCode() + "==\n")
                    .always();
            status = terminated(pod, c.exitCode(), "");
        } else {
            CompletesWithoutLog c = (CompletesWithoutLog) behaviour;
            status = terminated(pod, c.exitCode(), "rc=" + c.exitCode() + " bytes="
                    + c.stdout().getBytes(StandardCharsets.UTF_8).length + "\n" + c.stdout());
        }
        try {
            client.pods().inNamespace(ns).withName(name).editStatus(p -> {
                p.setStatus(status);
                return p;
            });
        } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
            // A real kubelet's status update for a pod deleted meanwhile (teardown raced the update) is dropped too.
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private static PodStatus terminated(Pod pod, int exitCode, String message) {
        return new PodStatusBuilder().withPhase(exitCode == 0 ? "Succeeded" : "Failed")
                .withContainerStatuses(new ContainerStatusBuilder()
                        .withName(pod.getSpec().getContainers().get(0).getName()).withRestartCount(0)
                        .withNewState().withNewTerminated().withExitCode(exitCode)
                        .withReason(exitCode == 0 ? "Completed" : "Error").withMessage(message)
                        .withStartedAt("2026-11-21T23:00:01Z").withFinishedAt("2026-11-21T23:00:11Z")
                        .endTerminated().endState().build())
                .build();
    }

    private static List<ContainerStatus> running(Pod pod) {
        return pod.getSpec().getContainers().stream().map(c -> new ContainerStatusBuilder().withName(c.getName())
                .withImage(c.getImage()).withImageID("docker.io/" + c.getImage() + "@sha256:0123").withReady(true)
                .withRestartCount(0).withNewState().withNewRunning().withStartedAt("2026-11-21T23:00:00Z")
                .endRunning().endState().build()).toList();
    }

    static String marker(Pod pod) {
        String begin = pod.getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("VNFBENCH_BEGIN")).findFirst().orElseThrow().getValue();
        return begin.substring("==VNFBENCH-BEGIN ".length(), begin.length() - 2);
    }

    static boolean isCommandPod(Pod pod) {
        return pod.getMetadata().getLabels().containsKey(Names.TRIAL);
    }

    static Map<String, String> labels(Pod pod) {
        return pod.getMetadata().getLabels();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
