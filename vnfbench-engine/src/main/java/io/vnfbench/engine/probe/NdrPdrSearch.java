package io.vnfbench.engine.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NDR/PDR binary search on the offered rate, after NFVbench (itself after FD.io CSIT): one pass serves several
 * loss targets. At each midpoint, targets whose loss is at or under their threshold record the step and search the
 * upper half; the others search the lower half. Stops when the interval is narrower than {@code epsilon} (a fraction
 * of the upper bound). Loss is measured against what was actually sent.
 */
public final class NdrPdrSearch {

    /** What one step measured: offered rate, achieved send and receive rates, loss in percent. */
    public interface Step {
        double requestedPps();

        double txPps();

        double rxPps();

        double lossPercent();
    }

    /** Runs one step at a rate; returns empty when the search must stop (cancelled, out of time). */
    @FunctionalInterface
    public interface Trial<S extends Step> {
        Optional<S> at(double pps) throws Exception;
    }

    /** The outcome: per target, the highest passing step (empty if none passed); every step in order. */
    public record Result<S extends Step>(Map<String, Optional<S>> found, List<S> steps, boolean complete) {
    }

    private NdrPdrSearch() {
    }

    /**
     * Searches between 0 and {@code upperPps} for each target (name → loss threshold in percent).
     *
     * @param first a step already measured at {@code upperPps} (e.g. the flat-out trial that found the upper bound)
     */
    public static <S extends Step> Result<S> search(Trial<S> trial, S first, double upperPps,
                                                    Map<String, Double> thresholds, double epsilon) throws Exception {
        Map<String, Optional<S>> found = new LinkedHashMap<>();
        thresholds.keySet().forEach(t -> found.put(t, Optional.empty()));
        List<S> steps = new ArrayList<>();
        steps.add(first);
        List<String> pending = new ArrayList<>();
        for (Map.Entry<String, Double> target : thresholds.entrySet()) {
            if (first.lossPercent() <= target.getValue()) {
                found.put(target.getKey(), Optional.of(first));
            } else {
                pending.add(target.getKey());
            }
        }
        boolean complete = range(trial, 0, upperPps, pending, thresholds, Math.max(epsilon, 1e-6) * upperPps,
                found, steps);
        return new Result<>(found, steps, complete);
    }

    private static <S extends Step> boolean range(Trial<S> trial, double left, double right, List<String> targets,
                                                  Map<String, Double> thresholds, double width,
                                                  Map<String, Optional<S>> found, List<S> steps) throws Exception {
        if (targets.isEmpty() || right - left < width) {
            return true;
        }
        double middle = (left + right) / 2;
        Optional<S> measured = trial.at(middle);
        if (measured.isEmpty()) {
            return false;
        }
        S step = measured.get();
        steps.add(step);
        List<String> passed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String target : targets) {
            if (step.lossPercent() <= thresholds.get(target)) {
                found.put(target, Optional.of(step));
                passed.add(target);
            } else {
                failed.add(target);
            }
        }
        return range(trial, middle, right, passed, thresholds, width, found, steps)
                && range(trial, left, middle, failed, thresholds, width, found, steps);
    }
}
