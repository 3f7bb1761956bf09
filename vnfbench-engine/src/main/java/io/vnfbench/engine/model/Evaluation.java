package io.vnfbench.engine.model;

import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import java.util.Optional;

/** One run of one prober or listener. */
public record Evaluation(@Key String id, @Nullable Long instance, @Nullable Long repeat,
        @Nullable Source source, @Nullable Timestamps timestamp,
        List<Metric> metrics, @Nullable String error) {
    public Evaluation {
        metrics = Lists.of(metrics);
    }

    public Optional<Metric> metric(String metricName) {
        return metrics.stream().filter(m -> m.name().equals(metricName)).findFirst();
    }
}
