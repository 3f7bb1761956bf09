package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of a prober or listener produced; the Manager turns it into the draft's {@code evaluation}
 * (adding id, instance and repeat) with {@code source{id, name, type, version, call}}.
 *
 * <p>A tool that fails, times out or prints something it cannot parse returns a result with {@code error}
 * set (and whatever metrics it did get) instead of throwing: the run goes on.
 *
 * @param call the exact command line or, for built-in tools, the call with its effective parameters
 * @param version the tool's version, null when it cannot be told
 * @param error why the evaluation failed, null when it did not
 */
public record ProbeResult(List<Measurement> metrics, String call, @CheckForNull String version, Instant start, Instant stop,
                          @CheckForNull String error) {
    public ProbeResult {
        metrics = List.copyOf(Objects.requireNonNullElse(metrics, List.of()));
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        if (stop.isBefore(start)) {
            throw new IllegalArgumentException("stop " + stop + " is before start " + start);
        }
    }

    public static ProbeResult ok(List<Measurement> metrics, String call, String version, Instant start, Instant stop) {
        return new ProbeResult(metrics, call, version, start, stop, null);
    }

    public static ProbeResult failed(String error, String call, @CheckForNull String version, Instant start, Instant stop) {
        return new ProbeResult(List.of(), call, version, start, stop, Objects.requireNonNull(error, "error"));
    }

    public Optional<String> errorIfAny() {
        return Optional.ofNullable(error);
    }

    public Optional<Measurement> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** This result with an error added (kept metrics), e.g. when the Manager's bound ran out. */
    public ProbeResult withError(String newError) {
        return new ProbeResult(metrics, call, version, start, stop,
                error == null ? newError : error + "; " + newError);
    }
}
