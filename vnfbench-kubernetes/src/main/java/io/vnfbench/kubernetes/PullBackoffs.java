package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bounded retry policy for image pulls, after jenkinsci/kubernetes-plugin's Reaper: a pod whose pull fails is
 * left to the kubelet's back-off until it has failed {@code limit} times (default 3), then its Test fails as an image
 * pull failure. Failures are counted from the container's waiting reason turning to {@code ErrImagePull} again and
 * from the kubelet's {@code Failed}/{@code BackOff} events (their {@code count}), whichever saw more.
 */
public final class PullBackoffs {

    private final int limit;
    private final Map<String, String> lastReason = new HashMap<>();
    private final Map<String, Integer> observed = new HashMap<>();

    public PullBackoffs(int limit) {
        this.limit = Math.max(1, limit);
    }

    /** The verdict to act on: a back-off becomes a failure once the pod has failed its pulls {@code limit} times. */
    public PodVerdict escalate(String name, Pod pod, List<Event> events, PodVerdict verdict) {
        if (verdict.state() != PodVerdict.State.IMAGE_PULL_BACKOFF) {
            return verdict;
        }
        String reason = waitingReason(pod);
        String previous = lastReason.put(name, reason);
        if ("ErrImagePull".equals(reason) && !reason.equals(previous) || previous == null) {
            observed.merge(name, 1, Integer::sum);
        }
        int fromEvents = 0;
        for (Event e : events) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (("Failed".equals(e.getReason()) || "BackOff".equals(e.getReason()))
                    && PodStatusClassifier.isImagePullMessage(message)) {
                fromEvents = Math.max(fromEvents, e.getCount() == null ? 1 : e.getCount());
            }
        }
        int failures = Math.max(observed.getOrDefault(name, 0), fromEvents);
        if (failures < limit) {
            return verdict;
        }
        return new PodVerdict(PodVerdict.State.IMAGE_PULL_FAILED, verdict.reason() + " (failed " + failures
                + " pull(s); image-pull-backoffs=" + limit + ")");
    }

    private static String waitingReason(Pod pod) {
        if (pod == null || pod.getStatus() == null) {
            return "";
        }
        for (ContainerStatus c : pod.getStatus().getContainerStatuses()) {
            if (c.getState() != null && c.getState().getWaiting() != null
                    && c.getState().getWaiting().getReason() != null) {
                return c.getState().getWaiting().getReason();
            }
        }
        return "";
    }
}
