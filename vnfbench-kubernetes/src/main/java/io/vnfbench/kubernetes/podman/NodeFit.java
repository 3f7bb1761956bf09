package io.vnfbench.kubernetes.podman;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The scheduler's filter for the one node of a {@link PodmanCluster}: node selector, CPU and hugepages requests. */
final class NodeFit {

    private NodeFit() {
    }

    /**
     * Null when the pod fits the node named {@code hostname} with {@code cpus} CPUs beside the other pods that have
     * started and not ended; else the scheduler's message.
     */
    @CheckForNull
    static String check(Pod pod, String hostname, int cpus, Collection<PodSandbox> others) {
        Map<String, String> selector = pod.getSpec().getNodeSelector();
        for (Map.Entry<String, String> e : selector.entrySet()) {
            boolean match = e.getKey().equals("kubernetes.io/hostname") && e.getValue().equals(hostname)
                    || e.getKey().equals("kubernetes.io/os") && e.getValue().equals("linux");
            if (!match) {
                return "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.";
            }
        }
        BigDecimal used = BigDecimal.ZERO;
        for (PodSandbox other : others) {
            if (other.pod != pod && other.startTime != null && !terminated(other)) {
                used = used.add(request(other.pod, "cpu"));
            }
        }
        if (used.add(request(pod, "cpu")).compareTo(BigDecimal.valueOf(cpus)) > 0) {
            return "0/1 nodes are available: 1 Insufficient cpu.";
        }
        if (request(pod, "hugepages-2Mi").signum() > 0) {
            return "0/1 nodes are available: 1 Insufficient hugepages-2Mi.";
        }
        return null;
    }

    static boolean terminated(PodSandbox s) {
        return s.runs.stream().allMatch(r -> r.exitCode != null);
    }

    private static BigDecimal request(Pod pod, String resource) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Container c : pod.getSpec().getContainers()) {
            Quantity q = c.getResources() == null ? null : c.getResources().getRequests().get(resource);
            if (q != null) {
                sum = sum.add(q.getNumericalAmount());
            }
        }
        return sum;
    }
}
