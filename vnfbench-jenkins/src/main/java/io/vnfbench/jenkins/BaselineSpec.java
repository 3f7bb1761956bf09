package io.vnfbench.jenkins;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the baseline of a gated run comes from, as written in the step's {@code baseline} option:
 * {@code lastPassing}, {@code median:N}, {@code build:NUMBER}, {@code file:PATH} or {@code targetBranch}.
 * Parsing is strict: anything else is an error that lists the accepted forms.
 *
 * @param kind   which source
 * @param count  N for {@code median:N} or the build number for {@code build:NUMBER}; 0 otherwise
 * @param path   the workspace-relative file for {@code file:PATH}; empty otherwise
 */
public record BaselineSpec(Kind kind, int count, String path) {

    /** The default: the last earlier build of this job whose gate passed. */
    public static final String DEFAULT = "lastPassing";

    /** Most passing builds a median baseline may look at. */
    public static final int MAX_MEDIAN_BUILDS = 50;

    public enum Kind {
        LAST_PASSING,
        MEDIAN,
        BUILD,
        FILE,
        TARGET_BRANCH
    }

    public BaselineSpec {
        path = path == null ? "" : path;
    }

    public static BaselineSpec parse(String text) {
        String s = text == null || text.isBlank() ? DEFAULT : text.trim();
        int colon = s.indexOf(':');
        String head = (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
        String arg = colon < 0 ? null : s.substring(colon + 1).trim();
        switch (head) {
            case "lastpassing":
                noArgument(s, arg);
                return new BaselineSpec(Kind.LAST_PASSING, 0, "");
            case "targetbranch":
                noArgument(s, arg);
                return new BaselineSpec(Kind.TARGET_BRANCH, 0, "");
            case "median":
                int n = positive(s, arg, "the number of passing builds, e.g. median:5");
                if (n > MAX_MEDIAN_BUILDS) {
                    throw new IllegalArgumentException("baseline '" + s + "': at most " + MAX_MEDIAN_BUILDS
                            + " builds can be combined");
                }
                return new BaselineSpec(Kind.MEDIAN, n, "");
            case "build":
                return new BaselineSpec(Kind.BUILD, positive(s, arg, "a build number, e.g. build:42"), "");
            case "file":
                if (arg == null || arg.isEmpty()) {
                    throw new IllegalArgumentException("baseline '" + s + "' needs a workspace-relative path, e.g. file:baseline/vnf-br.json");
                }
                return new BaselineSpec(Kind.FILE, 0, arg);
            default:
                throw new IllegalArgumentException("baseline '" + s + "' is not one of: lastPassing, median:N, build:NUMBER, "
                        + "file:PATH, targetBranch");
        }
    }

    /** The canonical text form, as parse() accepts it. */
    @Override
    public String toString() {
        switch (kind) {
            case LAST_PASSING:
                return "lastPassing";
            case TARGET_BRANCH:
                return "targetBranch";
            case MEDIAN:
                return "median:" + count;
            case BUILD:
                return "build:" + count;
            default:
                return "file:" + path;
        }
    }

    public Optional<String> file() {
        return kind == Kind.FILE ? Optional.of(path) : Optional.empty();
    }

    private static void noArgument(String s, String arg) {
        if (arg != null) {
            throw new IllegalArgumentException("baseline '" + s + "' takes no argument");
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
