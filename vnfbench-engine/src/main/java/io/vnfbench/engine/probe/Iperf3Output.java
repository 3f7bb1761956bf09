package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code iperf3 -J} output into Gym's metric names. A pure function of the text.
 *
 * <ul>
 *   <li>A top-level {@code "error"} member fails the evaluation, whatever the exit code (iperf3 exits 0 on some
 *       failures).</li>
 *   <li>Client, TCP: {@code bits_per_second} and {@code bytes} from {@code end.sum_sent} (as Gym),
 *       {@code received_bits_per_second} from {@code end.sum_received}, {@code retransmits}.</li>
 *   <li>Client, UDP: {@code bits_per_second}, {@code bytes}, {@code jitter_ms}, {@code lost_packets},
 *       {@code lost_percent}, {@code packets} from {@code end.sum} (the receiver's view of loss and jitter; Gym read
 *       {@code sum_sent}, where iperf3 3.x reports zero loss), and {@code received_bits_per_second}.</li>
 *   <li>Server: no metrics, as in Gym; only errors count.</li>
 * </ul>
 */
public final class Iperf3Output {
    private Iperf3Output() {
    }

    /** Metrics, or the reason there are none. */
    public record Parsed(List<Measurement> metrics, @CheckForNull String error, @CheckForNull String version) {
        public Parsed {
            metrics = List.copyOf(metrics);
        }
    }

    public static Parsed parse(String json, boolean client) {
        Object root;
        try {
            root = ToolJson.parse(json == null ? "" : json.strip());
        } catch (IllegalArgumentException e) {
            return new Parsed(List.of(), "iperf3 output is not JSON (" + e.getMessage() + "): " + abbreviate(json), null);
        }
        String version = ToolJson.at(root, "start", "version").map(String::valueOf).orElse(null);
        Optional<Object> error = ToolJson.at(root, "error");
        if (error.isPresent()) {
            return new Parsed(List.of(), "iperf3 reported an error: " + error.get(), version);
        }
        if (!client) {
            return new Parsed(List.of(), null, version);
        }
        boolean udp = ToolJson.at(root, "start", "test_start", "protocol").map("UDP"::equals).orElse(false)
                || ToolJson.at(root, "end", "sum", "jitter_ms").isPresent();
        List<Measurement> metrics = new ArrayList<>();
        if (udp) {
            String[] sum = ToolJson.at(root, "end", "sum").isPresent() ? new String[] {"end", "sum"}
                    : new String[] {"end", "sum_sent"};
            add(metrics, root, "bits_per_second", "bps", false, sum);
            add(metrics, root, "bytes", "bytes", true, sum);
            add(metrics, root, "jitter_ms", "ms", false, sum);
            add(metrics, root, "lost_packets", "packets", true, sum);
            add(metrics, root, "lost_percent", "%", false, sum);
            add(metrics, root, "packets", "packets", true, sum);
        } else {
            add(metrics, root, "bits_per_second", "bps", false, "end", "sum_sent");
            add(metrics, root, "bytes", "bytes", true, "end", "sum_sent");
            add(metrics, root, "retransmits", "packets", true, "end", "sum_sent");
        }
        ToolJson.number(root, "end", "sum_received", "bits_per_second")
                .ifPresent(v -> metrics.add(Measurement.scalar("received_bits_per_second", "bps", v)));
        if (metrics.stream().noneMatch(m -> m.name().equals("bits_per_second"))) {
            return new Parsed(List.of(), "iperf3 output has no end.sum_sent/end.sum bits_per_second: "
                    + abbreviate(json), version);
        }
        return new Parsed(metrics, null, version);
    }

    private static void add(List<Measurement> metrics, Object root, String name, String unit, boolean integer,
                            String... sumPath) {
        String[] path = java.util.Arrays.copyOf(sumPath, sumPath.length + 1);
        path[sumPath.length] = name;
        ToolJson.number(root, path).ifPresent(v -> metrics.add(integer
                ? Measurement.scalar(name, unit, Math.round(v)) : Measurement.scalar(name, unit, v)));
    }

    static String abbreviate(String text) {
        if (text == null || text.isBlank()) {
            return "(empty)";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
    }
}
