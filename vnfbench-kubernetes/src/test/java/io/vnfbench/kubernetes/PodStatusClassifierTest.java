package io.vnfbench.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.vnfbench.kubernetes.PodVerdict.Disposition;
import io.vnfbench.kubernetes.PodVerdict.State;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PodStatusClassifierTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("no status yet", new PodBuilder().withNewMetadata().withName("p").endMetadata().build(),
                        List.of(), State.PENDING, "pending"),
                Arguments.of("unschedulable by condition",
                        pod("Pending", null, null, List.of(cond("PodScheduled", "False", "Unschedulable",
                                "0/3 nodes are available: 3 Insufficient cpu.")), List.of()),
                        List.of(), State.UNSCHEDULABLE, "Insufficient cpu"),
                Arguments.of("unschedulable by event",
                        pod("Pending", null, null, List.of(), List.of()),
                        List.of(event("FailedScheduling", "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity")),
                        State.UNSCHEDULABLE, "node affinity"),
                Arguments.of("image pull by reason only (no message)",
                        pod("Pending", null, null, List.of(), List.of(waiting("nf", "ImagePullBackOff", null))),
                        List.of(), State.IMAGE_PULL_BACKOFF, "ImagePullBackOff"),
                Arguments.of("image pull by message only",
                        pod("Pending", null, null, List.of(),
                                List.of(waiting("nf", null, "Back-off pulling image \"nope:1\""))),
                        List.of(), State.IMAGE_PULL_BACKOFF, "Back-off pulling image"),
                Arguments.of("image pull by ErrImagePull",
                        pod("Pending", null, null, List.of(), List.of(waiting("nf", "ErrImagePull", "rpc error"))),
                        List.of(), State.IMAGE_PULL_BACKOFF, "ErrImagePull"),
                Arguments.of("image pull by event message",
                        pod("Pending", null, null, List.of(), List.of()),
                        List.of(event("Failed", "Failed to pull image \"x\": pull access denied")),
                        State.IMAGE_PULL_BACKOFF, "pull access denied"),
                Arguments.of("invalid image name",
                        pod("Pending", null, null, List.of(), List.of(waiting("nf", "InvalidImageName", "bad ref"))),
                        List.of(), State.IMAGE_PULL_FAILED, "InvalidImageName"),
                Arguments.of("pod network not set up (a CNI network that does not exist)",
                        pod("Pending", null, null, List.of(), List.of(waiting("nf", "ContainerCreating", null))),
                        List.of(event("FailedCreatePodSandBox", "plugin type=\"multus\": error getting"
                                + " NetworkAttachmentDefinition sriov-x: not found")),
                        State.SANDBOX_FAILED, "NetworkAttachmentDefinition sriov-x"),
                Arguments.of("config error",
                        pod("Pending", null, null, List.of(), List.of(waiting("nf", "CreateContainerConfigError",
                                "configmap \"vpp\" not found"))),
                        List.of(), State.CONFIG_ERROR, "configmap \"vpp\" not found"),
                Arguments.of("crash loop",
                        pod("Running", null, null, List.of(), List.of(new ContainerStatusBuilder().withName("sw")
                                .withRestartCount(4).withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                                .withMessage("back-off 40s restarting failed container").endWaiting().endState()
                                .withNewLastState().withNewTerminated().withExitCode(139).withReason("Error")
                                .endTerminated().endLastState().build())),
                        List.of(), State.CRASH_LOOP, "last exit code 139"),
                Arguments.of("restarted container",
                        pod("Running", null, null, List.of(), List.of(new ContainerStatusBuilder().withName("sw")
                                .withRestartCount(1).withNewState().withNewRunning().endRunning().endState().build())),
                        List.of(), State.CRASH_LOOP, "restarted 1 time"),
                Arguments.of("oom killed",
                        pod("Failed", null, null, List.of(), List.of(terminated("nf", 137, "OOMKilled"))),
                        List.of(), State.OOM_KILLED, "OOMKilled"),
                Arguments.of("deadline exceeded",
                        pod("Failed", "DeadlineExceeded", "Pod was active on the node longer than the specified deadline",
                                List.of(), List.of()),
                        List.of(), State.DEADLINE_EXCEEDED, "longer than the specified deadline"),
                Arguments.of("evicted with phase Failed",
                        pod("Failed", "Evicted", "The node was low on resource: memory.", List.of(), List.of()),
                        List.of(), State.EVICTED, "low on resource: memory"),
                Arguments.of("evicted although phase says Succeeded",
                        pod("Succeeded", "Evicted", "Pod ephemeral local storage usage exceeds the total limit",
                                List.of(), List.of(terminated("probe", 0, "Completed"))),
                        List.of(), State.EVICTED, "phase Succeeded"),
                Arguments.of("evicted by the eviction API (condition only)",
                        pod("Succeeded", null, null, List.of(cond("DisruptionTarget", "True", "EvictionByEvictionAPI",
                                "Eviction API: evicting")), List.of(terminated("probe", 0, "Completed"))),
                        List.of(), State.EVICTED, "evicted"),
                Arguments.of("node lost by reason",
                        pod("Running", "NodeLost", "Node worker-2 which was running pod is unresponsive", List.of(),
                                List.of()),
                        List.of(), State.NODE_LOST, "unresponsive"),
                Arguments.of("node lost by Ready=Unknown",
                        pod("Running", null, null, List.of(cond("Ready", "Unknown", "NodeStatusUnknown", "")),
                                List.of()),
                        List.of(), State.NODE_LOST, "stopped reporting"),
                Arguments.of("failed with exit code",
                        pod("Failed", null, null, List.of(), List.of(terminated("probe", 3, "Error"))),
                        List.of(), State.FAILED, "exited with code 3"),
                Arguments.of("succeeded",
                        pod("Succeeded", null, null, List.of(), List.of(terminated("probe", 0, "Completed"))),
                        List.of(), State.SUCCEEDED, "succeeded"),
                Arguments.of("running not ready",
                        pod("Running", null, null, List.of(cond("Ready", "False", null, null)), List.of()),
                        List.of(), State.RUNNING, "not ready"),
                Arguments.of("ready",
                        pod("Running", null, null, List.of(cond("Ready", "True", null, null)), List.of()),
                        List.of(), State.READY, "ready"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shouldClassifyPodStatus(String name, Pod pod, List<Event> events, State expected, String reasonPart) {
        // given a pod built as the API server would report it

        // when
        PodVerdict verdict = PodStatusClassifier.classify("p", pod, events);

        // then
        assertThat(verdict.state()).as(name).isEqualTo(expected);
        assertThat(verdict.reason()).startsWith("pod p: ").contains(reasonPart);
    }

    @Test
    void shouldReportDeletedPodAsInfrastructureFailure() {
        // when
        PodVerdict verdict = PodStatusClassifier.classify("c1n1", null, List.of());

        // then
        assertThat(verdict.state()).isEqualTo(State.DELETED);
        assertThat(verdict.disposition()).isEqualTo(Disposition.RETRY_INFRASTRUCTURE);
        assertThat(verdict.isFinal()).isTrue();
    }

    @Test
    void shouldTreatPodBeingDeletedAsDeleted() {
        // given
        Pod pod = new PodBuilder(pod("Running", null, null, List.of(), List.of())).editMetadata()
                .withDeletionTimestamp("2026-11-21T23:00:00Z").endMetadata().build();

        // when / then
        assertThat(PodStatusClassifier.classify("p", pod, List.of()).state()).isEqualTo(State.DELETED);
    }

    @Test
    void shouldSeparateFailFastFromRetryableFailures() {
        assertThat(State.IMAGE_PULL_FAILED.disposition()).isEqualTo(Disposition.FAIL_FAST);
        assertThat(State.IMAGE_PULL_BACKOFF.disposition()).isEqualTo(Disposition.STALLED);
        assertThat(State.CONFIG_ERROR.disposition()).isEqualTo(Disposition.FAIL_FAST);
        assertThat(State.OOM_KILLED.disposition()).isEqualTo(Disposition.FAIL_FAST);
        assertThat(State.EVICTED.disposition()).isEqualTo(Disposition.RETRY_INFRASTRUCTURE);
        assertThat(State.NODE_LOST.disposition()).isEqualTo(Disposition.RETRY_INFRASTRUCTURE);
        assertThat(State.DEADLINE_EXCEEDED.disposition()).isEqualTo(Disposition.RETRY_INFRASTRUCTURE);
        assertThat(State.UNSCHEDULABLE.disposition()).isEqualTo(Disposition.STALLED);
        assertThat(new PodVerdict(State.READY, "r").isFinal()).isFalse();
        assertThat(new PodVerdict(State.SUCCEEDED, "s").isFinal()).isTrue();
    }

    private static Pod pod(String phase, String reason, String message, List<PodCondition> conditions,
            List<ContainerStatus> containers) {
        return new PodBuilder().withNewMetadata().withName("p").withNamespace("ns").endMetadata()
                .withNewSpec().withNodeName("worker-2").endSpec()
                .withNewStatus().withPhase(phase).withReason(reason).withMessage(message).withConditions(conditions)
                .withContainerStatuses(containers).endStatus().build();
    }

    private static PodCondition cond(String type, String status, String reason, String message) {
        return new PodConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .build();
    }

    private static ContainerStatus waiting(String name, String reason, String message) {
        return new ContainerStatusBuilder().withName(name).withImage("registry.example/nf:1").withRestartCount(0)
                .withNewState().withNewWaiting().withReason(reason).withMessage(message).endWaiting().endState()
                .build();
    }

    private static ContainerStatus terminated(String name, int exitCode, String reason) {
        return new ContainerStatusBuilder().withName(name).withRestartCount(0).withNewState().withNewTerminated()
                .withExitCode(exitCode).withReason(reason).endTerminated().endState().build();
    }

    private static Event event(String reason, String message) {
        return new EventBuilder().withReason(reason).withMessage(message).withType("Warning").build();
    }
}
