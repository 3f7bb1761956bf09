package io.vnfbench.engine.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A prober that measures nothing: it returns one metric at once, or after {@code delay_ms} (a slow prober for
 * cancellation and resume tests). It measures the Manager's own overhead in benchmarks.
 */
public final class NoopProber implements Prober {
    public static final String NAME = "noop";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.optional("delay_ms", "0", "milliseconds to wait before returning (cancellable)"),
                ParameterSpec.optional("value", "1", "the value of the 'noop' metric"),
                ParameterSpec.optional("fail", "false", "when true, return an evaluation error instead of a metric"));
    }

    @Override
    public Optional<String> version() {
        return Optional.of("1");
    }

    @Override
    public List<String> validate(java.util.Map<String, String> given) {
        List<String> problems = new java.util.ArrayList<>(Prober.super.validate(given));
        String delay = given.get("delay_ms");
        if (delay != null && !delay.matches("\\d{1,9}")) {
            problems.add("prober 'noop' parameter 'delay_ms' must be a whole number of milliseconds, got '" + delay + "'");
        }
        String value = given.get("value");
        if (value != null) {
            try {
                Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problems.add("prober 'noop' parameter 'value' must be a number, got '" + value + "'");
            }
        }
        return problems;
    }

    @Override
    public ProbeResult run(ToolContext context) {
        Instant start = context.clock().instant();
        String call = "noop delay_ms=" + context.parameters().getOrDefault("delay_ms", "0");
        long delay = Long.parseLong(context.parameters().getOrDefault("delay_ms", "0"));
        Duration wait = Duration.ofMillis(delay);
        boolean beyondBound = wait.compareTo(context.bound()) > 0;
        if (beyondBound) {
            wait = context.bound();
        }
        if (context.token().isCancelled() || (delay > 0 && !context.token().sleep(wait))) {
            return ProbeResult.failed("cancelled: " + context.token().reason().orElse("interrupted"), call, "1",
                    start, context.clock().instant());
        }
        if (beyondBound) {
            return ProbeResult.failed("stopped at its bound of " + context.bound(), call, "1", start,
                    context.clock().instant());
        }
        if (Boolean.parseBoolean(context.parameters().getOrDefault("fail", "false"))) {
            return ProbeResult.failed("failed on request (fail=true)", call, "1", start, context.clock().instant());
        }
        double value = Double.parseDouble(context.parameters().getOrDefault("value", "1"));
        return ProbeResult.ok(List.of(Measurement.scalar("noop", "1", value)), call, "1", start,
                context.clock().instant());
    }
}
