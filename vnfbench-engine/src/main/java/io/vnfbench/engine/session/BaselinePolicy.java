package io.vnfbench.engine.session;

import java.util.Locale;

/**
 * How a gate's baseline is chosen among earlier runs: the one grammar of the command line's {@code --policy} and the
 * Jenkins step's {@code baseline} option, applied by {@link Benchmarks#chooseBaseline} to any {@link RunHistory}.
 * <ul>
 *   <li>{@code last} (also {@code lastPassing}): the newest earlier run that passed (the default);</li>
 *   <li>{@code median:N} (1..{@value #MAX_POOLED}): the newest N passing runs, pooled (their median level, their
 *       run-to-run noise);</li>
 *   <li>{@code pinned:ID}: the run with that id, passing or not ({@code build:N} is {@code pinned:#N}, a build's
 *       id);</li>
 *   <li>{@code file:PATH}: one VNF-BR file;</li>
 *   <li>{@code targetBranch}: for a run of a change (a pull request), the newest passing run of the branch it is to be
 *       merged into; for any other run, {@code last}.</li>
 * </ul>
 * A run passes when it has no error and its own gate did not fail ({@link GateDecision#passing()}).
 */
public sealed interface BaselinePolicy {

    /** The policy when none is given. */
    String DEFAULT = "last";
    /** Most runs {@code median:N} pools. */
    int MAX_POOLED = 50;
    /** The forms, as error messages list them. */
    String FORMS = "last, median:N, pinned:ID, file:PATH, targetBranch";

    /** The newest earlier run that passed. */
    record Last() implements BaselinePolicy {
        @Override
        public String toString() {
            return "last";
        }
    }

    /** The newest {@code n} passing runs, pooled. */
    record MedianOf(int n) implements BaselinePolicy {
        public MedianOf {
            if (n < 1 || n > MAX_POOLED) {
                throw new IllegalArgumentException("baseline 'median:" + n + "': N must be 1.." + MAX_POOLED);
            }
        }

        @Override
        public String toString() {
            return "median:" + n;
        }
    }

    /** The run with this id, passing or not. */
    record Pinned(String id) implements BaselinePolicy {
        @Override
        public String toString() {
            return "pinned:" + id;
        }
    }

    /** One VNF-BR file (relative paths as the history resolves them: Jenkins, in the workspace). */
    record File(String path) implements BaselinePolicy {
        @Override
        public String toString() {
            return "file:" + path;
        }
    }

    /** The target branch's newest passing run for a change, else {@code last}. */
    record TargetBranch() implements BaselinePolicy {
        @Override
        public String toString() {
            return "targetBranch";
        }
    }

    /**
     * Parses a policy; blank is {@value #DEFAULT}. Keywords are case-insensitive.
     *
     * @throws IllegalArgumentException saying what is wrong and listing the forms
     */
    static BaselinePolicy parse(String text) {
        String s = text == null || text.isBlank() ? DEFAULT : text.strip();
        int colon = s.indexOf(':');
        String head = (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
        String arg = colon < 0 ? null : s.substring(colon + 1).strip();
        switch (head) {
            case "last", "lastpassing", "targetbranch" -> {
                if (arg != null) {
                    throw new IllegalArgumentException("baseline '" + s + "' takes no argument");
                }
                return head.equals("targetbranch") ? new TargetBranch() : new Last();
            }
            case "median" -> {
                return new MedianOf(positive(s, arg, "the number of passing runs to pool, e.g. median:5"));
            }
            case "build" -> {
                return new Pinned("#" + positive(s, arg, "a build number, e.g. build:42"));
            }
            case "pinned", "file" -> {
                if (arg == null || arg.isEmpty()) {
                    throw new IllegalArgumentException("baseline '" + s + "' needs "
                            + (head.equals("file") ? "a path, e.g. file:baseline/vnf-br.json" : "a run id, e.g. pinned:#42"));
                }
                return head.equals("file") ? new File(arg) : new Pinned(arg);
            }
            default -> throw new IllegalArgumentException("baseline '" + s + "' is not one of: " + FORMS);
        }
    }

    private static int positive(String s, String arg, String what) {
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException("baseline '" + s + "' needs " + what);
        }
        try {
            int n = Integer.parseInt(arg);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("baseline '" + s + "': '" + arg + "' is not a positive whole number");
    }
}
