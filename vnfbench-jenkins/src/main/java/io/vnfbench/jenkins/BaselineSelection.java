package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Baseline providers over earlier builds: picks the build(s) whose stored VNF-BR the gate compares against.
 * {@code lastPassing}: the newest earlier build whose gate passed; {@code median:N}: the newest N passing builds (the
 * engine takes the median per Test × metric); {@code build:NUMBER}: that build, if it passed or not; {@code targetBranch}:
 * for a pull request (CHANGE_TARGET set by multibranch), the newest passing build of the target branch's job in the same
 * folder. {@code file:PATH} is read from the workspace by the step itself.
 */
final class BaselineSelection {

    /** How far back a search looks before giving up. */
    static final int SEARCH_LIMIT = 200;

    private BaselineSelection() {
    }

    /**
     * @param builds baseline results, newest first; empty when none qualified
     * @param note   which build(s) were chosen and how, or why there is no baseline
     */
    record Choice(List<StoredResult> builds, String note) {
        Choice {
            builds = List.copyOf(builds);
        }
    }

    static Choice choose(BaselineSpec spec, Run<?, ?> run, String vnfbr, @CheckForNull String changeTarget) {
        List<String> notes = new ArrayList<>();
        Choice c;
        switch (spec.kind()) {
            case LAST_PASSING:
                c = passing(BuildResults.before(run, vnfbr, SEARCH_LIMIT, notes), 1, "last passing build");
                break;
            case MEDIAN:
                c = passing(BuildResults.before(run, vnfbr, SEARCH_LIMIT, notes), spec.count(),
                        "median of the last " + spec.count() + " passing builds");
                break;
            case BUILD:
                c = pinned(run.getParent(), spec.count(), vnfbr);
                break;
            case TARGET_BRANCH:
                c = targetBranch(run, vnfbr, changeTarget, notes);
                break;
            default:
                throw new IllegalArgumentException("file baselines are read from the workspace, not from builds: " + spec);
        }
        if (notes.isEmpty()) {
            return c;
        }
        return new Choice(c.builds(), c.note() + " (" + String.join("; ", notes) + ")");
    }

    private static Choice passing(List<StoredResult> results, int wanted, String what) {
        List<StoredResult> chosen = new ArrayList<>();
        for (StoredResult r : results) {
            if (chosen.size() < wanted && r.summary().isPassing()) {
                chosen.add(r);
            }
        }
        if (chosen.isEmpty()) {
            return new Choice(chosen, "no baseline: no earlier passing build with a stored report");
        }
        String numbers = numbers(chosen);
        String shortfall = chosen.size() < wanted ? ", only " + chosen.size() + " of " + wanted + " found" : "";
        return new Choice(chosen, what + ": " + numbers + shortfall);
    }

    private static Choice pinned(Job<?, ?> job, int number, String vnfbr) {
        Run<?, ?> b = job.getBuildByNumber(number);
        if (b == null) {
            return new Choice(List.of(), "no baseline: build #" + number + " does not exist (deleted or never ran)");
        }
        Optional<StoredResult> r = BuildResults.of(b, vnfbr);
        return r.map(s -> new Choice(List.of(s), "pinned build: #" + number))
                .orElseGet(() -> new Choice(List.of(), "no baseline: build #" + number + " has no stored report of " + vnfbr));
    }

    private static Choice targetBranch(Run<?, ?> run, String vnfbr, String changeTarget, List<String> notes) {
        if (changeTarget == null || changeTarget.isBlank()) {
            Choice c = passing(BuildResults.before(run, vnfbr, SEARCH_LIMIT, notes), 1, "last passing build");
            return new Choice(c.builds(), "not a pull request (CHANGE_TARGET unset), so " + c.note());
        }
        Optional<Job<?, ?>> target = sibling(run.getParent(), changeTarget);
        if (target.isEmpty()) {
            return new Choice(List.of(), "no baseline: no job for target branch '" + changeTarget + "' next to "
                    + run.getParent().getFullName());
        }
        Choice c = passing(BuildResults.ofJob(target.get(), vnfbr, SEARCH_LIMIT, notes), 1,
                "target branch " + target.get().getFullName() + ", last passing build");
        return c;
    }

    /** The job for a branch in the same multibranch project: branch jobs are named by the (encoded) branch name. */
    @SuppressWarnings("rawtypes")
    static Optional<Job<?, ?>> sibling(Job<?, ?> job, String branch) {
        ItemGroup parent = job.getParent();
        String encoded = encodeBranch(branch);
        for (Object o : parent.getItems()) {
            if (o instanceof Job && o != job) {
                Job<?, ?> j = (Job<?, ?>) o;
                String name = ((Item) j).getName();
                if (name.equals(branch) || name.equals(encoded)) {
                    return Optional.of(j);
                }
            }
        }
        return Optional.empty();
    }

    /** Multibranch job names percent-encode characters that are not safe in a URL segment, e.g. {@code feature/x → feature%2Fx}. */
    static String encodeBranch(String branch) {
        StringBuilder sb = new StringBuilder();
        for (char ch : branch.toCharArray()) {
            if (Character.isLetterOrDigit(ch) || "-_.".indexOf(ch) >= 0) {
                sb.append(ch);
            } else {
                for (byte b : String.valueOf(ch).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b));
                }
            }
        }
        return sb.toString();
    }

    private static String numbers(List<StoredResult> results) {
        List<String> s = new ArrayList<>();
        for (StoredResult r : results) {
            s.add("#" + r.number());
        }
        return String.join(", ", s);
    }
}
