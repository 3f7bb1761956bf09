package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.RunHistory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A job's builds as the engine's history of one benchmark (the step's {@code vnfbr}): the finished builds that ran it,
 * newest first, each by its id {@code #N} and the VNF-BR it stored; a build by number; the target branch's job of a
 * pull request (multibranch sets {@code CHANGE_TARGET}) in the same folder; a {@code file:PATH} copied from the
 * workspace. Which of them is the baseline is the engine's choice. Folders list only the jobs the current
 * authentication may read, which is why the step runs as the build.
 */
final class BuildHistory implements RunHistory {

    /** How many builds a search looks at before giving up. */
    static final int SEARCH_LIMIT = 200;

    private final Job<?, ?> job;
    private final @CheckForNull Run<?, ?> newest;
    private final String vnfbr;
    private final @CheckForNull String changeTarget;
    private final FilePath workspace;
    private final Path fetched;

    /**
     * The builds before {@code build}; {@code fetched} is where a {@code file:PATH} baseline is copied to (the call's
     * directory in the build).
     */
    BuildHistory(Run<?, ?> build, String vnfbr, @CheckForNull String changeTarget, FilePath workspace, Path fetched) {
        this(build.getParent(), build.getPreviousBuild(), vnfbr, changeTarget, workspace, fetched);
    }

    private BuildHistory(Job<?, ?> job, @CheckForNull Run<?, ?> newest, String vnfbr, @CheckForNull String changeTarget,
                         FilePath workspace, Path fetched) {
        this.job = job;
        this.newest = newest;
        this.vnfbr = vnfbr;
        this.changeTarget = changeTarget;
        this.workspace = workspace;
        this.fetched = fetched;
    }

    @Override
    public String name() {
        return job.getFullName();
    }

    @Override
    public List<RunHistory.StoredRun> runs() {
        return finished(newest, vnfbr, SEARCH_LIMIT);
    }

    /** The vnfBenchmark calls of the finished builds from {@code newest} back, newest first, in {@code limit} builds. */
    static List<BenchmarkAction> calls(@CheckForNull Run<?, ?> newest, int limit) {
        List<BenchmarkAction> calls = new ArrayList<>();
        int looked = 0;
        for (Run<?, ?> b = newest; b != null && looked++ < limit; b = b.getPreviousBuild()) {
            if (!b.isBuilding()) {
                calls.addAll(b.getActions(BenchmarkAction.class));
            }
        }
        return calls;
    }

    /** The benchmark's runs stored by the finished builds from {@code newest} back, one per build. */
    static List<RunHistory.StoredRun> finished(@CheckForNull Run<?, ?> newest, String vnfbr, int limit) {
        Map<String, RunHistory.StoredRun> runs = new LinkedHashMap<>();
        for (BenchmarkAction a : calls(newest, limit)) {
            if (a.getSummary().getVnfbr().equals(vnfbr)) {
                String id = "#" + a.build().getNumber();
                runs.putIfAbsent(id, new RunHistory.StoredRun(id, a.directory().resolve(Archive.VNFBR_FILE)));
            }
        }
        return new ArrayList<>(runs.values());
    }

    @Override
    public Optional<RunHistory.StoredRun> run(String id) {
        Run<?, ?> b = id.matches("#[0-9]{1,9}") ? job.getBuildByNumber(Integer.parseInt(id.substring(1))) : null;
        return finished(b, vnfbr, 1).stream().findFirst();
    }

    @Override
    public Optional<String> changeTarget() {
        return changeTarget == null || changeTarget.isBlank() ? Optional.empty() : Optional.of(changeTarget);
    }

    @Override
    public Optional<RunHistory> branch(String name) {
        return sibling(job, name).map(j -> new BuildHistory(j, j.getLastBuild(), vnfbr, null, workspace, fetched));
    }

    /** Copies the workspace file next to the build's own results ({@code baseline.json}), so the gate reads it there. */
    @Override
    public Optional<Path> file(String path) throws IOException, InterruptedException {
        FilePath f = workspace.child(path);
        if (!f.exists()) {
            return Optional.empty();
        }
        Path copy = fetched.resolve("baseline.json");
        try (InputStream in = f.read()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return Optional.of(copy);
    }

    /** The job for a branch in the same multibranch project: branch jobs are named by the (encoded) branch name. */
    @SuppressWarnings("rawtypes")
    static Optional<Job<?, ?>> sibling(Job<?, ?> job, String branch) {
        ItemGroup parent = job.getParent();
        String encoded = encodeBranch(branch);
        for (Object o : parent.getItems()) {
            if (o instanceof Job<?, ?> j && o != job) {
                String name = ((Item) j).getName();
                if (name.equals(branch) || name.equals(encoded)) {
                    return Optional.of(j);
                }
            }
        }
        return Optional.empty();
    }

    /** Multibranch job names percent-encode what is not safe in a URL segment, e.g. {@code feature/x → feature%2Fx}. */
    static String encodeBranch(String branch) {
        StringBuilder sb = new StringBuilder();
        for (char ch : branch.toCharArray()) {
            if (Character.isLetterOrDigit(ch) || "-_.".indexOf(ch) >= 0) {
                sb.append(ch);
            } else {
                for (byte b : String.valueOf(ch).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b));
                }
            }
        }
        return sb.toString();
    }
}
