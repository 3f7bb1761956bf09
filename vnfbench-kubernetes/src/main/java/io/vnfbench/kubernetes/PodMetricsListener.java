package io.vnfbench.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.vnfbench.engine.probe.Measurement;
import io.vnfbench.engine.probe.ProbeResult;
import io.vnfbench.engine.probe.ToolInvocation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A monitor's listener on Kubernetes: samples CPU and memory of the SUT pods through the metrics API
 * (metrics.k8s.io, served by metrics-server) for the listener's duration. Series keys are seconds since the first
 * sample, taken from the API server's sample timestamps, not from this machine's clock.
 */
final class PodMetricsListener {

    private final KubernetesEnvironment env;
    private final String namespace;
    private final DeploymentContext ctx;

    PodMetricsListener(KubernetesEnvironment env, String namespace, DeploymentContext ctx) {
        this.env = env;
        this.namespace = namespace;
        this.ctx = ctx;
    }

    ProbeResult sample(ToolInvocation invocation) {
        Instant start = env.clock().instant();
        String call = "GET /apis/metrics.k8s.io/v1beta1/namespaces/" + namespace + "/pods (every "
                + interval(invocation).toMillis() + " ms)";
        Duration duration = invocation.duration() != null ? invocation.duration()
                : invocation.bound().dividedBy(2);
        Map<String, String> selector = new TreeMap<>(env.factory().selector(ctx));
        selector.put(Names.ROLE, "sut");
        Map<String, List<Measurement.Point>> cpu = new TreeMap<>();
        Map<String, List<Measurement.Point>> memory = new TreeMap<>();
        Map<Instant, double[]> totals = new TreeMap<>();
        Instant first = null;
        Instant until = Instant.now().plus(duration);
        // metrics-server serves the same sample until its next scrape; polling faster sees it again, and it must count once.
        java.util.Set<String> sampled = new java.util.HashSet<>();
        try {
            do {
                List<PodMetrics> items = env.api().call(Permission.POD_METRICS_LIST, "read pod metrics in " + namespace,
                        () -> env.client().top().pods().withLabels(selector).metrics(namespace).getItems());
                for (PodMetrics pm : items) {
                    Instant at = pm.getTimestamp() == null ? env.clock().instant() : Instant.parse(pm.getTimestamp());
                    if (!sampled.add(pm.getMetadata().getName() + "@" + at)) {
                        continue;
                    }
                    if (first == null || at.isBefore(first)) {
                        first = first == null ? at : first;
                    }
                    double cores = 0;
                    double bytes = 0;
                    for (ContainerMetrics c : KubernetesDeployment.containers(pm)) {
                        cores += amount(c.getUsage().get("cpu"));
                        bytes += amount(c.getUsage().get("memory"));
                    }
                    double t = Duration.between(first, at).toMillis() / 1000.0;
                    String pod = pm.getMetadata().getName();
                    add(cpu, pod, t, cores);
                    add(memory, pod, t, bytes);
                    double[] sum = totals.computeIfAbsent(at, k -> new double[2]);
                    sum[0] += cores;
                    sum[1] += bytes;
                }
                if (invocation.token().isCancelled() || !Instant.now().isBefore(until)) {
                    break;
                }
            } while (invocation.token().sleep(interval(invocation)));
        } catch (KubernetesApiException e) {
            String hint = e.code() == 404 ? " (the metrics API is not served; install metrics-server)" : "";
            return ProbeResult.failed(e.getMessage() + hint, call, null, start, now(start));
        }
        if (totals.isEmpty()) {
            return ProbeResult.failed("the metrics API returned no samples for the SUT pods of " + namespace
                    + " (metrics-server not installed, or pods too young to be scraped)", call, null, start,
                    now(start));
        }
        List<Measurement> out = new ArrayList<>();
        List<Measurement.Point> cpuTotal = new ArrayList<>();
        List<Measurement.Point> memTotal = new ArrayList<>();
        Instant base = first;
        totals.forEach((at, sum) -> {
            double t = Duration.between(base, at).toMillis() / 1000.0;
            cpuTotal.add(Measurement.Point.of(t, sum[0]));
            memTotal.add(Measurement.Point.of(t, sum[1]));
        });
        out.add(Measurement.series("cpu_usage", "cores", cpuTotal));
        out.add(Measurement.series("memory_usage", "bytes", memTotal));
        cpu.forEach((pod, points) -> out.add(Measurement.series("cpu_usage." + pod, "cores", points)));
        memory.forEach((pod, points) -> out.add(Measurement.series("memory_usage." + pod, "bytes", points)));
        return ProbeResult.ok(out, call, "metrics.k8s.io/v1beta1", start, now(start));
    }

    private Instant now(Instant start) {
        Instant now = env.clock().instant();
        return now.isBefore(start) ? start : now;
    }

    private static Duration interval(ToolInvocation invocation) {
        String given = invocation.parameters().get("interval");
        return given == null ? Duration.ofSeconds(1) : Duration.ofMillis((long) (Double.parseDouble(given) * 1000));
    }

    private static void add(Map<String, List<Measurement.Point>> series, String pod, double t, double value) {
        series.computeIfAbsent(pod, k -> new ArrayList<>()).add(Measurement.Point.of(t, value));
    }

    private static double amount(Quantity q) {
        if (q == null) {
            return 0;
        }
        BigDecimal v = Quantity.getAmountInBytes(q);
        return v.doubleValue();
    }
}
