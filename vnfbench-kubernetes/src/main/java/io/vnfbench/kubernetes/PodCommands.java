package io.vnfbench.kubernetes;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a command runs in a pod and how its result is read back: the tool's argument vector is passed to a shell
 * wrapper as positional parameters ({@code "$@"}), never pasted into the script, so no parameter can inject shell
 * code. The wrapper prints the tool's stderr, then a begin marker, the tool's stdout and an end marker carrying the
 * exit code; it writes {@code rc=N bytes=M} and the output (its tail when longer than fits) as the termination
 * message, the fallback when the log is lost (rotation, node gone).
 */
public final class PodCommands {

    public static final String WRAPPER = String.join("\n",
            "out=/tmp/vnfbench-out; err=/tmp/vnfbench-err",
            "\"$@\" >\"$out\" 2>\"$err\"; rc=$?",
            "cat \"$err\" >&2",
            "size=$(wc -c <\"$out\" | tr -d ' ')",
            "echo \"$VNFBENCH_BEGIN\"; cat \"$out\"; echo; echo \"$VNFBENCH_END rc=$rc==\"",
            "{ echo \"rc=$rc bytes=$size\"; tail -c " + PodCommands.DIGEST_BYTES
                    + " \"$out\"; } >/dev/termination-log 2>/dev/null",
            "exit $rc");

    /** Termination messages are limited to 4096 bytes per container; keep room for the first line. */
    static final int DIGEST_BYTES = 3800;

    /** Image per command (argv[0]); anything else runs in the vnfbench image. Overridable by parameters. */
    static final Map<String, String> DEFAULT_IMAGES = new TreeMap<>(Map.of(
            "iperf3", "networkstatic/iperf3:3.12",
            "ping", "busybox:1.36",
            "nfvbench", "opnfv/nfvbench:latest"));

    private static final Pattern END = Pattern.compile(" rc=(-?\\d+)==\\s*$");
    private static final Pattern DIGEST = Pattern.compile("\\Arc=(-?\\d+) bytes=(\\d+)\\r?\\n?");

    private PodCommands() {
    }

    public static String begin(String marker) {
        return "==VNFBENCH-BEGIN " + marker + "==";
    }

    public static String endPrefix(String marker) {
        return "==VNFBENCH-END " + marker;
    }

    /**
     * What a command printed, read back from its pod.
     *
     * @param stdout the framed output (exactly what the tool wrote to stdout)
     * @param stderr what the tool wrote to stderr (before the begin marker)
     * @param exitCode the tool's exit code
     * @param source where it came from: {@code log} or {@code termination-message}
     */
    public record Output(String stdout, String stderr, int exitCode, String source) {
    }

    /**
     * Extracts the framed output from a container log.
     *
     * @return empty when the markers are missing or incomplete (log truncated, rotated, or not a log at all)
     */
    public static Optional<Output> fromLog(String log, String marker) {
        if (log == null) {
            return Optional.empty();
        }
        String begin = begin(marker) + "\n";
        int b = log.indexOf(begin);
        if (b < 0) {
            return Optional.empty();
        }
        String endPrefix = "\n" + endPrefix(marker);
        int e = log.indexOf(endPrefix, b + begin.length() - 1);
        if (e < 0) {
            return Optional.empty();
        }
        int lineEnd = log.indexOf('\n', e + 1);
        String endLine = log.substring(e + 1, lineEnd < 0 ? log.length() : lineEnd);
        Matcher m = END.matcher(endLine);
        if (!m.find()) {
            return Optional.empty();
        }
        // the wrapper echoes one newline after the output, so the end marker starts a line: that newline is the
        // one matched before the end marker, and everything between is exactly the tool's stdout
        String body = log.substring(b + begin.length(), e);
        return Optional.of(new Output(body, log.substring(0, b), Integer.parseInt(m.group(1)), "log"));
    }

    /**
     * Reads the digest from a termination message; complete only when the whole output fitted.
     *
     * @return empty when the message is not a digest or the output did not fit (then only its tail is known)
     */
    public static Optional<Output> fromTerminationMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = DIGEST.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        String body = message.substring(m.end());
        long size = Long.parseLong(m.group(2));
        if (body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length != size) {
            return Optional.empty();
        }
        return Optional.of(new Output(body, "", Integer.parseInt(m.group(1)), "termination-message"));
    }

    /**
     * Whether a "log" is really an API object: without a log expectation the fabric8 mock server answers the log URL
     * with a JSON list of pods, and a misrouted proxy may do the same. Such text is never a tool's output.
     */
    public static boolean looksLikeApiObject(String log) {
        if (log == null) {
            return false;
        }
        String s = log.stripLeading();
        return s.startsWith("{") && s.contains("\"kind\"") && s.contains("\"apiVersion\"");
    }

    /** The exit code in a digest even when the output was too long to keep whole. */
    public static Optional<Integer> exitCodeOf(String terminationMessage) {
        if (terminationMessage == null) {
            return Optional.empty();
        }
        Matcher m = DIGEST.matcher(terminationMessage);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
