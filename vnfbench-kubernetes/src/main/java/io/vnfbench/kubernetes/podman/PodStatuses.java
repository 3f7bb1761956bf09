package io.vnfbench.kubernetes.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A pod's status as a kubelet reports it (restartPolicy Never), from what its sandbox saw. */
final class PodStatuses {

    private PodStatuses() {
    }

    static PodStatus of(PodSandbox s, String hostIp) {
        PodStatusBuilder b = new PodStatusBuilder().withQosClass(qosClass(s.pod));
        if (s.unschedulable != null) {
            return b.withPhase("Pending").withConditions(condition("PodScheduled", false, "Unschedulable",
                    s.unschedulable)).build();
        }
        List<ContainerStatus> initStatuses = new ArrayList<>();
        boolean initialized = true;
        boolean initFailed = false;
        for (ContainerRun r : s.initRuns) {
            initStatuses.add(status(r).build());
            Integer code = r.exitCode;
            initialized &= code != null && code == 0;
            initFailed |= code != null && code != 0;
        }
        List<ContainerStatus> statuses = new ArrayList<>();
        boolean allStarted = true;
        boolean allTerminated = true;
        boolean anyFailed = false;
        boolean allReady = true;
        for (ContainerRun r : s.runs) {
            ContainerStatusBuilder c = status(r);
            if (r.exitCode != null) {
                anyFailed |= !Integer.valueOf(0).equals(r.exitCode);
            } else if (r.startedAt != null) {
                allTerminated = false;
            } else {
                allStarted = false;
                allTerminated = false;
            }
            allReady &= r.ready && r.running();
            statuses.add(c.build());
        }
        String phase = initFailed ? "Failed" : !initialized ? "Pending"
                : allTerminated ? (anyFailed ? "Failed" : "Succeeded") : allStarted ? "Running" : "Pending";
        if (s.deadlineExceeded != null) {
            phase = "Failed";
            b.withReason("DeadlineExceeded").withMessage(s.deadlineExceeded);
        }
        b.withPhase(phase).withPodIP(s.ip).addNewPodIP(s.ip).withHostIP(hostIp).addNewHostIP(hostIp)
                .withStartTime(time(s.startTime == null ? s.created : s.startTime)).withContainerStatuses(statuses)
                .withInitContainerStatuses(initStatuses);
        List<PodCondition> conditions = new ArrayList<>();
        conditions.add(condition("PodScheduled", true, null, null));
        conditions.add(condition("Initialized", initialized, initialized ? null : "ContainersNotInitialized", null));
        conditions.add(condition("ContainersReady", allReady, allReady ? null : "ContainersNotReady", null));
        conditions.add(condition("Ready", allReady, allReady ? null : "ContainersNotReady", null));
        return b.withConditions(conditions).build();
    }

    private static ContainerStatusBuilder status(ContainerRun r) {
        ContainerStatusBuilder c = new ContainerStatusBuilder().withName(r.spec.getName())
                .withImage(r.spec.getImage()).withImageID(r.imageId).withRestartCount(0)
                .withReady(r.ready && r.running()).withStarted(r.startedAt != null);
        if (r.exitCode != null) {
            c.withNewState().withNewTerminated().withExitCode(r.exitCode).withReason(r.terminatedReason)
                    .withMessage(r.terminationMessage).withStartedAt(time(r.startedAt))
                    .withFinishedAt(time(r.finishedAt)).endTerminated().endState();
        } else if (r.startedAt != null) {
            c.withNewState().withNewRunning().withStartedAt(time(r.startedAt)).endRunning().endState();
        } else {
            c.withNewState().withNewWaiting().withReason(r.waitingReason)
                    .withMessage(r.waitingMessage == null || r.waitingMessage.isEmpty() ? null : r.waitingMessage)
                    .endWaiting().endState();
        }
        return c;
    }

    private static PodCondition condition(String type, boolean status, @CheckForNull String reason, @CheckForNull String message) {
        return new PodConditionBuilder().withType(type).withStatus(status ? "True" : "False").withReason(reason)
                .withMessage(message).build();
    }

    /**
     * Guaranteed when every container and init container has cpu and memory limits equal to its requests; BestEffort
     * with none (as kubernetes' GetPodQOS).
     */
    static String qosClass(Pod pod) {
        boolean any = false;
        boolean guaranteed = true;
        List<Container> all = new ArrayList<>(pod.getSpec().getInitContainers());
        all.addAll(pod.getSpec().getContainers());
        for (Container c : all) {
            Map<String, Quantity> req = c.getResources() == null ? Map.of() : c.getResources().getRequests();
            Map<String, Quantity> lim = c.getResources() == null ? Map.of() : c.getResources().getLimits();
            any |= !req.isEmpty() || !lim.isEmpty();
            for (String r : List.of("cpu", "memory")) {
                Quantity l = lim.get(r);
                Quantity q = req.getOrDefault(r, l);
                guaranteed &= l != null && q != null
                        && l.getNumericalAmount().compareTo(q.getNumericalAmount()) == 0;
            }
        }
        return !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable";
    }

    @CheckForNull
    private static String time(@CheckForNull Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
