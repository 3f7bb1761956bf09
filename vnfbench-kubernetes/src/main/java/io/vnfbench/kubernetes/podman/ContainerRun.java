package io.vnfbench.kubernetes.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Container;
import java.nio.file.Path;
import java.time.Instant;

/** The run of one container of a {@link PodSandbox}: what a kubelet reports of it in the pod status. */
final class ContainerRun {
    final Container spec;
    final String name;
    final Path terminationLog;
    @CheckForNull
    volatile String waitingReason = "ContainerCreating";
    volatile String waitingMessage = "";
    @CheckForNull
    volatile Instant startedAt;
    @CheckForNull
    volatile Integer exitCode;
    @CheckForNull
    volatile String terminatedReason;
    @CheckForNull
    volatile String terminationMessage;
    @CheckForNull
    volatile Instant finishedAt;
    volatile boolean ready;
    volatile String imageId = "";
    volatile Instant nextProbe = Instant.EPOCH;
    volatile boolean probing;
    int successes;
    int failures;

    ContainerRun(Container spec, String name, Path terminationLog) {
        this.spec = spec;
        this.name = name;
        this.terminationLog = terminationLog;
    }

    boolean running() {
        return startedAt != null && exitCode == null;
    }
}
