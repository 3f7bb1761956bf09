package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.vnfbench.kubernetes.PodVerdict.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pure classification of a pod's status (and the events about it) into a {@link PodVerdict}. A phase alone is never
 * trusted: a pod evicted for an ephemeral-storage limit may report {@code Succeeded} (kubernetes/kubernetes#120182),
 * and an image pull back-off may carry only a reason or only a message (jenkinsci/kubernetes-plugin#2772).
 */
public final class PodStatusClassifier {

    static final Set<String> IMAGE_PULL_REASONS =
            Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull", "RegistryUnavailable");
    /** Pull failures no retry can mend: the reference itself is wrong, or pulling is forbidden. */
    static final Set<String> FINAL_PULL_REASONS = Set.of("InvalidImageName", "ErrImageNeverPull");
    static final Set<String> CONFIG_REASONS =
            Set.of("CreateContainerConfigError", "CreateContainerError", "RunContainerError", "PreCreateHookError",
                    "PostStartHookError");
    private static final List<String> IMAGE_PULL_MESSAGES =
            List.of("back-off pulling image", "failed to pull image", "errimagepull", "pull access denied",
                    "manifest unknown", "imagepullbackoff");

    private PodStatusClassifier() {
    }

    /**
     * Classifies one pod.
     *
     * @param podName the pod's name (used when the pod is gone)
     * @param pod the pod as last read from the API server, {@code null} when it no longer exists
     * @param events events whose involved object is this pod (any order; may be empty)
     */
    public static PodVerdict classify(String podName, Pod pod, List<Event> events) {
        if (pod == null) {
            return verdict(podName, State.DELETED, "the pod no longer exists (deleted outside vnfbench?)");
        }
        PodStatus status = pod.getStatus();
        List<Event> own = events == null ? List.of() : events;
        if (status == null) {
            return fromEventsOr(podName, own, verdict(podName, State.PENDING, "pending (no status yet)"));
        }
        String phase = nz(status.getPhase());
        String statusReason = nz(status.getReason());
        String statusMessage = nz(status.getMessage());

        if ("Evicted".equals(statusReason) || hasCondition(status, "DisruptionTarget", "True")
                || hasConditionReason(status, "EvictionByEvictionAPI") || hasEvent(own, "Evicted")) {
            String detail = !statusMessage.isEmpty() ? statusMessage : eventMessage(own, "Evicted").orElse("evicted");
            return verdict(podName, State.EVICTED, "evicted" + phaseNote(phase) + ": " + detail);
        }
        if ("DeadlineExceeded".equals(statusReason)) {
            return verdict(podName, State.DEADLINE_EXCEEDED,
                    "activeDeadlineSeconds exceeded" + (statusMessage.isEmpty() ? "" : ": " + statusMessage));
        }
        if ("NodeLost".equals(statusReason) || "Unknown".equals(phase) || hasCondition(status, "Ready", "Unknown")
                || hasEvent(own, "NodeNotReady")) {
            String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
            return verdict(podName, State.NODE_LOST, "node " + (node == null ? "?" : node)
                    + " stopped reporting" + (statusMessage.isEmpty() ? "" : ": " + statusMessage));
        }
        if (pod.getMetadata() != null && pod.getMetadata().getDeletionTimestamp() != null) {
            return verdict(podName, State.DELETED,
                    "the pod is being deleted (since " + pod.getMetadata().getDeletionTimestamp() + ")");
        }

        List<ContainerStatus> containers = new ArrayList<>();
        containers.addAll(status.getInitContainerStatuses());
        containers.addAll(status.getContainerStatuses());
        for (ContainerStatus c : containers) {
            Optional<PodVerdict> v = classifyContainer(podName, c);
            if (v.isPresent()) {
                return v.get();
            }
        }
        Optional<PodVerdict> fromEvents = fromEvents(podName, own);
        if (fromEvents.isPresent()) {
            return fromEvents.get();
        }
        if ("Failed".equals(phase)) {
            return verdict(podName, State.FAILED, "failed: " + failureDetail(statusReason, statusMessage, containers));
        }
        if ("Succeeded".equals(phase)) {
            return verdict(podName, State.SUCCEEDED, "succeeded");
        }
        for (PodCondition c : status.getConditions()) {
            if ("PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())
                    && "Unschedulable".equals(c.getReason())) {
                return verdict(podName, State.UNSCHEDULABLE, "unschedulable: " + nz(c.getMessage()));
            }
        }
        if ("Running".equals(phase)) {
            return hasCondition(status, "Ready", "True")
                    ? verdict(podName, State.READY, "ready")
                    : verdict(podName, State.RUNNING, "running, not ready");
        }
        return verdict(podName, State.PENDING, "pending" + (statusMessage.isEmpty() ? "" : ": " + statusMessage));
    }

    private static Optional<PodVerdict> classifyContainer(String podName, ContainerStatus c) {
        String name = "container " + c.getName();
        for (ContainerState s : new ContainerState[] {c.getState(), c.getLastState()}) {
            if (s != null && s.getTerminated() != null && "OOMKilled".equals(s.getTerminated().getReason())) {
                return Optional.of(verdict(podName, State.OOM_KILLED,
                        name + " was OOMKilled (exit code " + s.getTerminated().getExitCode()
                                + "); raise its memory limit"));
            }
        }
        ContainerStateWaiting waiting = c.getState() == null ? null : c.getState().getWaiting();
        if (waiting != null) {
            String reason = nz(waiting.getReason());
            String message = nz(waiting.getMessage());
            if (IMAGE_PULL_REASONS.contains(reason) || isImagePullMessage(message)) {
                State state = FINAL_PULL_REASONS.contains(reason) ? State.IMAGE_PULL_FAILED : State.IMAGE_PULL_BACKOFF;
                return Optional.of(verdict(podName, state, name + ": image " + nz(c.getImage())
                        + " cannot be pulled: " + join(reason, message)));
            }
            if (CONFIG_REASONS.contains(reason)) {
                return Optional.of(verdict(podName, State.CONFIG_ERROR, name + ": " + join(reason, message)));
            }
            if ("CrashLoopBackOff".equals(reason)) {
                return Optional.of(verdict(podName, State.CRASH_LOOP, name + " is crash-looping: "
                        + join(reason, message) + lastExit(c)));
            }
        }
        if (c.getRestartCount() != null && c.getRestartCount() > 0) {
            return Optional.of(verdict(podName, State.CRASH_LOOP,
                    name + " restarted " + c.getRestartCount() + " time(s)" + lastExit(c)));
        }
        return Optional.empty();
    }

    private static PodVerdict fromEventsOr(String podName, List<Event> events, PodVerdict otherwise) {
        return fromEvents(podName, events).orElse(otherwise);
    }

    private static Optional<PodVerdict> fromEvents(String podName, List<Event> events) {
        for (Event e : events) {
            if (isImagePullMessage(nz(e.getMessage())) || IMAGE_PULL_REASONS.contains(nz(e.getReason()))) {
                return Optional.of(verdict(podName, State.IMAGE_PULL_BACKOFF,
                        "image cannot be pulled: " + join(nz(e.getReason()), nz(e.getMessage()))));
            }
        }
        for (Event e : events) {
            if ("FailedCreatePodSandBox".equals(e.getReason())) {
                return Optional.of(verdict(podName, State.SANDBOX_FAILED, "the pod's network cannot be set up: "
                        + join("FailedCreatePodSandBox", nz(e.getMessage()))));
            }
        }
        for (Event e : events) {
            if ("FailedScheduling".equals(e.getReason())) {
                return Optional.of(verdict(podName, State.UNSCHEDULABLE, "unschedulable: " + nz(e.getMessage())));
            }
        }
        return Optional.empty();
    }

    static boolean isImagePullMessage(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return IMAGE_PULL_MESSAGES.stream().anyMatch(m::contains);
    }

    private static String failureDetail(String reason, String message, List<ContainerStatus> containers) {
        StringBuilder sb = new StringBuilder(join(reason, message));
        for (ContainerStatus c : containers) {
            ContainerStateTerminated t = c.getState() == null ? null : c.getState().getTerminated();
            if (t != null && t.getExitCode() != null && t.getExitCode() != 0) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append("container ").append(c.getName()).append(" exited with code ").append(t.getExitCode());
                if (t.getReason() != null) {
                    sb.append(" (").append(t.getReason()).append(')');
                }
                if (t.getMessage() != null && !t.getMessage().isBlank()) {
                    sb.append(": ").append(abbreviate(t.getMessage().strip(), 300));
                }
            }
        }
        return sb.isEmpty() ? "phase Failed without a reason" : sb.toString();
    }

    private static String lastExit(ContainerStatus c) {
        ContainerStateTerminated t = c.getLastState() == null ? null : c.getLastState().getTerminated();
        return t == null ? "" : " (last exit code " + t.getExitCode() + (t.getReason() == null ? "" : ", " + t.getReason())
                + ")";
    }

    private static boolean hasCondition(PodStatus status, String type, String value) {
        return status.getConditions().stream().anyMatch(c -> type.equals(c.getType()) && value.equals(c.getStatus()));
    }

    private static boolean hasConditionReason(PodStatus status, String reason) {
        return status.getConditions().stream().anyMatch(c -> reason.equals(c.getReason()));
    }

    private static boolean hasEvent(List<Event> events, String reason) {
        return events.stream().anyMatch(e -> reason.equals(e.getReason()));
    }

    private static Optional<String> eventMessage(List<Event> events, String reason) {
        return events.stream().filter(e -> reason.equals(e.getReason())).map(Event::getMessage).findFirst();
    }

    private static String phaseNote(String phase) {
        return phase.isEmpty() ? "" : " (phase " + phase + ")";
    }

    private static String join(String reason, String message) {
        if (reason.isEmpty()) {
            return message;
        }
        return message.isEmpty() ? reason : reason + ": " + message;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static PodVerdict verdict(String podName, State state, String reason) {
        return new PodVerdict(state, "pod " + podName + ": " + reason);
    }
}
