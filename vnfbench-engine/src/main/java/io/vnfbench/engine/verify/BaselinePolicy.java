package io.vnfbench.engine.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a baseline is chosen from a history of runs: {@code last} (the last passing run), {@code median:N} (the last N
 * passing runs, pooled: their median level, their noise), {@code pinned:ID} (the run with that id, passing or not).
 */
public sealed interface BaselinePolicy {

    /** Selects from runs ordered oldest first. */
    Baseline select(List<Baseline.Run> runs) throws NoBaselineException;

    /** The last passing run. */
    record Last() implements BaselinePolicy {
        @Override
        public Baseline select(List<Baseline.Run> runs) throws NoBaselineException {
            List<Baseline.Run> passing = passing(runs);
            Baseline.Run last = passing.get(passing.size() - 1);
            return new Baseline("last passing run " + last.id(), List.of(last), false);
        }

        @Override
        public String toString() {
            return "last";
        }
    }

    /** The last {@code n} passing runs, pooled. */
    record MedianOf(int n) implements BaselinePolicy {
        public MedianOf {
            if (n < 1) {
                throw new IllegalArgumentException("median:N needs N >= 1, got " + n);
            }
        }

        @Override
        public Baseline select(List<Baseline.Run> runs) throws NoBaselineException {
            List<Baseline.Run> passing = passing(runs);
            List<Baseline.Run> chosen = passing.subList(Math.max(0, passing.size() - n), passing.size());
            String range = chosen.size() == 1 ? chosen.get(0).id()
                    : chosen.get(0).id() + " .. " + chosen.get(chosen.size() - 1).id();
            return new Baseline(String.format(Locale.ROOT, "median of %d passing runs (%s)", chosen.size(), range),
                    chosen, true);
        }

        @Override
        public String toString() {
            return "median:" + n;
        }
    }

    /** The run with this id. */
    record Pinned(String id) implements BaselinePolicy {
        @Override
        public Baseline select(List<Baseline.Run> runs) throws NoBaselineException {
            List<String> ids = new ArrayList<>();
            for (Baseline.Run r : runs) {
                if (r.id().equals(id) || id.equals(r.report().id())) {
                    return new Baseline("pinned run " + r.id(), List.of(r), false);
                }
                ids.add(r.id());
            }
            throw new NoBaselineException("no run with id '" + id + "' in the history (runs: " + String.join(", ", ids) + ")");
        }

        @Override
        public String toString() {
            return "pinned:" + id;
        }
    }

    private static List<Baseline.Run> passing(List<Baseline.Run> runs) throws NoBaselineException {
        if (runs.isEmpty()) {
            throw new NoBaselineException("the history holds no runs");
        }
        List<Baseline.Run> passing = runs.stream().filter(Baseline.Run::passing).toList();
        if (passing.isEmpty()) {
            throw new NoBaselineException("none of the " + runs.size() + " runs in the history passed its gate");
        }
        return passing;
    }

    /** Parses {@code last}, {@code median:N} or {@code pinned:ID}. */
    static BaselinePolicy parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("last")) {
            return new Last();
        }
        if (t.startsWith("median:")) {
            try {
                return new MedianOf(Integer.parseInt(t.substring("median:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("median:N needs a whole number N, got '" + text + "'", e);
            }
        }
        if (t.startsWith("pinned:") && t.length() > "pinned:".length()) {
            return new Pinned(t.substring("pinned:".length()));
        }
        throw new IllegalArgumentException("policy must be last, median:N or pinned:ID, got '" + text + "'");
    }
}
