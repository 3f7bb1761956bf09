package io.vnfbench.engine.model;

import java.util.List;
import java.util.Optional;

/** One run of one prober or listener. */
public record Evaluation(@Key String id, Long instance, Long repeat, Source source, Timestamps timestamp,
        List<Metric> metrics, String error) {
    public Evaluation {
        metrics = Lists.of(metrics);
    }

    public Optional<Metric> metric(String metricName) {
        return metrics.stream().filter(m -> m.name().equals(metricName)).findFirst();
    }
}
