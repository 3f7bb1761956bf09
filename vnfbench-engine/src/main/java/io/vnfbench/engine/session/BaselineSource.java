package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.verify.BaselinePolicy;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a gate's baseline comes from: one earlier VNF-BR file, a history directory with a policy, or runs a CI server
 * chose (the Jenkins step's earlier builds). When a source yields no run, the gate follows its NO_BASELINE rule
 * ({@link Benchmarks#gate}).
 */
public final class BaselineSource {
    private final @CheckForNull Path file;
    private final @CheckForNull Path history;
    private final @CheckForNull BaselinePolicy policy;
    private final Map<String, Path> runs;
    private final boolean pooled;
    private final String note;

    private BaselineSource(@CheckForNull Path file, @CheckForNull Path history, @CheckForNull BaselinePolicy policy, Map<String, Path> runs, boolean pooled,
                           String note) {
        this.file = file;
        this.history = history;
        this.policy = policy;
        this.runs = runs;
        this.pooled = pooled;
        this.note = note;
    }

    /** One earlier VNF-BR; a file that does not exist is no baseline. */
    public static BaselineSource file(Path file) {
        return new BaselineSource(Objects.requireNonNull(file, "file"), null, null, Map.of(), false, "");
    }

    /**
     * A directory of earlier VNF-BRs, one per run, and how to choose: {@code last} (the last passing run),
     * {@code median:N} (the last N passing runs pooled), {@code pinned:ID}.
     *
     * @throws IllegalArgumentException when the policy is none of these (the message lists them)
     */
    public static BaselineSource history(Path dir, String policy) {
        return new BaselineSource(null, Objects.requireNonNull(dir, "dir"), BaselinePolicy.parse(policy), Map.of(),
                false, "");
    }

    /**
     * Runs a CI server chose, each a VNF-BR file by its run id (e.g. {@code #41}), newest first; the newest is the
     * baseline, or with {@code pooled} all of them are pooled (their median level and noise). {@code note} says how
     * they were chosen, or why there are none; it names the baseline in the verdicts.
     */
    public static BaselineSource runs(Map<String, Path> newestFirst, boolean pooled, String note) {
        return new BaselineSource(null, null, null, Collections.unmodifiableMap(new LinkedHashMap<>(newestFirst)),
                pooled, Objects.requireNonNull(note, "note"));
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

    Map<String, Path> runs() {
        return runs;
    }

    boolean pooled() {
        return pooled;
    }

    String note() {
        return note;
    }

    @Override
    public String toString() {
        return file != null ? "file " + file : history != null ? "history " + history + " (" + policy + ")" : note;
    }
}
