package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a gate's baseline comes from: one earlier VNF-BR file, a history directory with a {@link BaselinePolicy}, or
 * runs already chosen ({@link Benchmarks#chooseBaseline} over a CI server's builds; the same runs sent to an agent as
 * JSON). When a source yields no run, the gate follows its NO_BASELINE rule ({@link Benchmarks#gate}).
 */
public final class BaselineSource {
    private final @CheckForNull Path file;
    private final @CheckForNull Path history;
    private final @CheckForNull BaselinePolicy policy;
    private final Map<String, Path> runs;
    private final Map<String, String> documents;
    private final boolean pooled;
    private final String note;

    private BaselineSource(@CheckForNull Path file, @CheckForNull Path history, @CheckForNull BaselinePolicy policy,
                           Map<String, Path> runs, Map<String, String> documents, boolean pooled, String note) {
        this.file = file;
        this.history = history;
        this.policy = policy;
        this.runs = Collections.unmodifiableMap(new LinkedHashMap<>(runs));
        this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        this.pooled = pooled;
        this.note = Objects.requireNonNull(note, "note");
    }

    /** One earlier VNF-BR; a file that does not exist is no baseline. */
    public static BaselineSource file(Path file) {
        return new BaselineSource(Objects.requireNonNull(file, "file"), null, null, Map.of(), Map.of(), false, "");
    }

    /**
     * A directory of earlier VNF-BRs, one per run, and a {@link BaselinePolicy} ({@code last}, {@code median:N},
     * {@code pinned:ID}, ...) applied to it when the gate runs.
     *
     * @throws IllegalArgumentException when the policy is not one (the message lists the forms)
     */
    public static BaselineSource history(Path dir, String policy) {
        return new BaselineSource(null, Objects.requireNonNull(dir, "dir"), BaselinePolicy.parse(policy), Map.of(),
                Map.of(), false, "");
    }

    /**
     * Runs already chosen, each a VNF-BR file by its id (e.g. {@code #41}), newest first; the newest is the baseline, or
     * with {@code pooled} all of them are pooled (their median level and noise). {@code note} says how they were chosen
     * (it names the baseline in the verdicts) or, when there are none, why.
     */
    public static BaselineSource runs(Map<String, Path> newestFirst, boolean pooled, String note) {
        return new BaselineSource(null, null, null, newestFirst, Map.of(), pooled, note);
    }

    /** As {@link #runs}, with each run's VNF-BR given as its JSON text (chosen elsewhere and sent here). */
    public static BaselineSource documents(Map<String, String> newestFirst, boolean pooled, String note) {
        return new BaselineSource(null, null, null, Map.of(), newestFirst, pooled, note);
    }

    /** The chosen runs' VNF-BR files by id, newest first (empty for a file, a history or documents). */
    public Map<String, Path> runs() {
        return runs;
    }

    /** Whether the chosen runs are pooled ({@code median:N}). */
    public boolean pooled() {
        return pooled;
    }

    /** How the runs were chosen, or why there are none (without the {@code no baseline:} of {@link #description}). */
    public String note() {
        return note;
    }

    /** What the baseline is, as logs and pages show it: the note, or {@code no baseline: } and why. */
    public String description() {
        if (file != null) {
            return "file " + file;
        }
        if (history != null) {
            return "history " + history + " (" + policy + ")";
        }
        return runs.isEmpty() && documents.isEmpty() ? "no baseline: " + note : note;
    }

    @CheckForNull
    Path file() {
        return file;
    }

    @CheckForNull
    Path history() {
        return history;
    }

    @CheckForNull
    BaselinePolicy policy() {
        return policy;
    }

    Map<String, String> documents() {
        return documents;
    }

    @Override
    public String toString() {
        return description();
    }
}
