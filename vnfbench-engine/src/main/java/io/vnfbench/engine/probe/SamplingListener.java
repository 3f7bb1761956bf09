package io.vnfbench.engine.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A listener that samples every {@code interval} seconds for {@code duration} and reports series keyed by elapsed
 * seconds. Subclasses take one sample; the first call sets their baseline (rates need two readings).
 */
abstract class SamplingListener implements Listener {

    /** Named values of one sample; empty on the baseline call. Throws when the source cannot be read. */
    protected abstract Map<String, Double> sample(ToolContext context, Sampler state) throws Exception;

    /** Units of the series this listener reports. */
    protected abstract Map<String, String> units();

    /** Per-run state a subclass keeps between samples. */
    protected static class Sampler {
        final Map<Object, Object> memory = new java.util.HashMap<>();
    }

    protected List<ParameterSpec> commonParameters() {
        return List.of(
                ParameterSpec.optional("interval", "1", "seconds between samples"),
                new ParameterSpec("duration", false, null, "seconds to sample (default: sched duration, else 1)"));
    }

    protected void validateCommon(Map<String, String> given, List<String> problems) {
        String tool = "listener '" + name() + "'";
        ToolParameters.checkNumber(tool, given, "interval", 0.01, 3600, problems);
        ToolParameters.checkNumber(tool, given, "duration", 0.01, 86_400, problems);
    }

    @Override
    public ProbeResult run(ToolContext context) throws InterruptedException {
        Instant start = context.clock().instant();
        String call = call(context.parameters());
        if (context.token().isCancelled()) {
            return ProbeResult.failed("cancelled before start: " + context.token().reason().orElse(""), call,
                    version().orElse(null), start, context.clock().instant());
        }
        Duration interval = ToolParameters.seconds(ToolParameters.number(context.parameters(), "interval", 1));
        Duration duration = ToolParameters.duration(context, Duration.ofSeconds(1));
        long began = System.nanoTime();
        long end = began + duration.toNanos();
        long bound = began + context.bound().toNanos();
        Map<String, List<Measurement.Point>> series = new LinkedHashMap<>();
        Sampler state = new Sampler();
        String error = null;
        try {
            sample(context, state);
            long next = began;
            while (true) {
                next += interval.toNanos();
                long wake = Math.min(Math.min(next, end), bound);
                if (!context.token().sleep(Duration.ofNanos(Math.max(0, wake - System.nanoTime())))) {
                    error = "cancelled: " + context.token().reason().orElse("interrupted");
                    break;
                }
                double elapsed = (System.nanoTime() - began) / 1e9;
                for (Map.Entry<String, Double> value : sample(context, state).entrySet()) {
                    series.computeIfAbsent(value.getKey(), k -> new ArrayList<>())
                            .add(Measurement.Point.of(Math.round(elapsed * 1000) / 1000.0, value.getValue()));
                }
                if (System.nanoTime() >= bound && wake == bound && bound < end) {
                    error = "stopped at its bound of " + context.bound();
                    break;
                }
                if (wake >= end) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            error = "listener '" + name() + "' cannot sample: " + e.getMessage();
        }
        List<Measurement> metrics = new ArrayList<>();
        Map<String, String> units = units();
        series.forEach((name, points) -> metrics.add(Measurement.series(name, units.getOrDefault(name, ""), points)));
        if (error == null && metrics.isEmpty()) {
            error = "listener '" + name() + "' took no sample";
        }
        return new ProbeResult(metrics, call, version().orElse(null), start, context.clock().instant(), error);
    }

    private String call(Map<String, String> parameters) {
        StringBuilder call = new StringBuilder(name());
        new TreeMap<>(parameters).forEach((k, v) -> call.append(' ').append(k).append('=').append(v));
        return call.toString();
    }
}
