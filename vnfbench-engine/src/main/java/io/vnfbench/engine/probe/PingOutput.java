package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses iputils {@code ping} output into Gym's metric names: {@code rtt_min}, {@code rtt_avg}, {@code rtt_max},
 * {@code rtt_mdev} (ms) and {@code frame_loss} (%). A pure function of the text. With 100 % loss there is no rtt
 * line: only {@code frame_loss} is reported, and the evaluation is not an error (loss is a measurement).
 */
public final class PingOutput {
    private static final Pattern LOSS = Pattern.compile(
            "(\\d+) packets transmitted, (\\d+) (?:packets )?received,.*?([\\d.]+)% packet loss");
    private static final Pattern RTT = Pattern.compile(
            "(?:rtt|round-trip) min/avg/max(?:/(?:mdev|stddev))? = ([\\d.]+)/([\\d.]+)/([\\d.]+)(?:/([\\d.]+))? (\\w+)");

    private PingOutput() {
    }

    /** Metrics, or the reason there are none. */
    public record Parsed(List<Measurement> metrics, @CheckForNull String error) {
        public Parsed {
            metrics = List.copyOf(metrics);
        }
    }

    public static Parsed parse(String output) {
        String text = output == null ? "" : output;
        Matcher loss = LOSS.matcher(text);
        if (!loss.find()) {
            return new Parsed(List.of(), "ping printed no statistics line: " + Iperf3Output.abbreviate(text));
        }
        List<Measurement> metrics = new ArrayList<>();
        Matcher rtt = RTT.matcher(text);
        if (rtt.find()) {
            String unit = rtt.group(5);
            metrics.add(Measurement.scalar("rtt_min", unit, Double.parseDouble(rtt.group(1))));
            metrics.add(Measurement.scalar("rtt_avg", unit, Double.parseDouble(rtt.group(2))));
            metrics.add(Measurement.scalar("rtt_max", unit, Double.parseDouble(rtt.group(3))));
            if (rtt.group(4) != null) {
                metrics.add(Measurement.scalar("rtt_mdev", unit, Double.parseDouble(rtt.group(4))));
            }
        }
        metrics.add(Measurement.scalar("frame_loss", "%", Double.parseDouble(loss.group(3))));
        metrics.add(Measurement.scalar("packets_transmitted", "packets", Long.parseLong(loss.group(1))));
        metrics.add(Measurement.scalar("packets_received", "packets", Long.parseLong(loss.group(2))));
        return new Parsed(metrics, null);
    }
}
