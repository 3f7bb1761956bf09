package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.Direction;
import io.vnfbench.engine.model.Verdict;
import io.vnfbench.engine.verify.SampleExtractor.Extracted;
import io.vnfbench.engine.verify.SampleExtractor.Key;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether candidate and baseline ran on the same kind of machine. A mismatch cannot be decided by statistics (a faster
 * testbed hides a regression): it becomes an INCONCLUSIVE row of its own, so that it warns by default and fails the
 * gate under strict.
 */
final class Testbeds {
    static final String GATE = "testbed";

    private Testbeds() {
    }

    static Set<String> of(Map<Key, Extracted> run) {
        Set<String> all = new LinkedHashSet<>();
        run.values().forEach(e -> all.addAll(e.testbeds()));
        return all;
    }

    /** Indices of the runs measured on the candidate's testbed. */
    static List<Integer> matching(Map<Key, Extracted> candidate, List<Map<Key, Extracted>> runs) {
        Set<String> c = of(candidate);
        return java.util.stream.IntStream.range(0, runs.size()).filter(i -> of(runs.get(i)).equals(c)).boxed().toList();
    }

    /** The row saying that the testbeds differ, if they do. */
    static Optional<VerdictRow> check(Map<Key, Extracted> candidate, List<Map<Key, Extracted>> runs, Design design) {
        if (design == Design.PAIRED) {
            return Optional.empty();
        }
        Set<String> c = of(candidate);
        Set<String> b = new LinkedHashSet<>();
        runs.forEach(r -> b.addAll(of(r)));
        if (b.isEmpty() || c.isEmpty() || b.equals(c)) {
            return Optional.empty();
        }
        return Optional.of(new VerdictRow(VerdictRow.ALL_TESTS, GATE, new Selector("provenance", "testbed", null, null),
                Direction.HIGHER_IS_BETTER,
                Verdict.INCONCLUSIVE, "provenance", 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "same testbed",
                "testbeds differ: candidate on " + String.join(" + ", c) + ", baseline on " + String.join(" + ", b)
                        + "; comparing across testbeds mixes machine differences into the verdicts"));
    }
}
