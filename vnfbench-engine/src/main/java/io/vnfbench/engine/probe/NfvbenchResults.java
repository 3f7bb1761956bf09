package io.vnfbench.engine.probe;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.PlainDocument;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads NFVbench result JSON (as written by {@code nfvbench --json}) into measurements. Per frame size {@code F}
 * (the keys of {@code benchmarks.network.service_chain.<mode>.result.result}, e.g. {@code 64}, {@code IMIX}):
 * <ul>
 * <li>NDR/PDR search results ({@code ndr}, {@code pdr}): {@code <k>_rate_pps_F}, {@code <k>_rate_bps_F}, and from
 * {@code stats.overall} {@code <k>_drop_percentage_F}, {@code <k>_latency_min_F}, {@code _avg_F}, {@code _max_F}
 * (µs);</li>
 * <li>fixed-rate results ({@code stats}): {@code tx_rate_pps_F}, {@code rx_rate_pps_F}, {@code rx_rate_bps_F}
 * (sums over the ports), {@code drop_percentage_F} and {@code latency_min_F}, {@code _avg_F}, {@code _max_F}
 * (µs).</li>
 * </ul>
 * Rates are totals over both directions, as NFVbench reports them. A value the file lacks gives no measurement;
 * a file without any result is an error naming the file and the path that is missing.
 */
public final class NfvbenchResults {
    static final String PPS = "pps";
    static final String BPS = "bps";
    static final String PERCENT = "%";
    static final String MICROSECONDS = "us";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private NfvbenchResults() {
    }

    public static NfvbenchResult read(Path file) throws DocumentException {
        return parse(PlainDocument.read(file), file.toString());
    }

    /**
     * @param plain  the document as {@link PlainDocument} reads it
     * @param source names the document in messages
     * @throws IllegalArgumentException when the document is not an NFVbench result
     */
    public static NfvbenchResult parse(Object plain, String source) {
        Map<?, ?> root = map(plain, source, "$");
        Map<?, ?> chains = map(at(root, source, "benchmarks", "network", "service_chain"), source,
                "benchmarks.network.service_chain");
        if (chains.isEmpty()) {
            throw new IllegalArgumentException(source + ": benchmarks.network.service_chain holds no chain mode");
        }
        String mode = String.valueOf(chains.keySet().iterator().next());
        String base = "benchmarks.network.service_chain." + mode + ".result";
        Map<?, ?> result = map(map(chains.get(mode), source, "benchmarks.network.service_chain." + mode)
                .get("result"), source, base);
        Map<?, ?> bySize = map(result.get("result"), source, base + ".result");
        List<Measurement> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : bySize.entrySet()) {
            String size = String.valueOf(e.getKey());
            String suffix = "_" + (size.chars().allMatch(Character::isDigit) ? size + "B" : size);
            Map<?, ?> r = map(e.getValue(), source, base + ".result." + size);
            for (String kind : new String[] {"ndr", "pdr"}) {
                if (r.get(kind) instanceof Map<?, ?> search) {
                    searchResult(out, kind, suffix, search);
                }
            }
            if (r.get("stats") instanceof Map<?, ?> stats) {
                fixedRate(out, suffix, stats);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + base
                    + ".result has no ndr, pdr or stats for any frame size: not an NFVbench result");
        }
        Map<?, ?> config = root.get("config") instanceof Map<?, ?> c ? c : Map.of();
        Long count = number(result.get("service_chain_count")) instanceof Double d ? (long) (double) d : null;
        String call = "nfvbench --service-chain " + mode
                + (count == null ? "" : " --service-chain-count " + count)
                + (config.get("rate") == null ? "" : " --rate " + config.get("rate"))
                + (config.get("duration_sec") == null ? "" : " --duration " + config.get("duration_sec"))
                + (config.get("flow_count") == null ? "" : " --flow-count " + config.get("flow_count"))
                + " --frame-size " + String.join(",", bySize.keySet().stream().map(String::valueOf).toList());
        String version = root.get("nfvbench_version") == null ? null : String.valueOf(root.get("nfvbench_version"));
        return new NfvbenchResult(version, time(root.get("date")), mode, count, call, out);
    }

    private static void searchResult(List<Measurement> out, String kind, String suffix, Map<?, ?> search) {
        add(out, kind + "_rate_pps" + suffix, PPS, search.get("rate_pps"));
        add(out, kind + "_rate_bps" + suffix, BPS, search.get("rate_bps"));
        if (search.get("stats") instanceof Map<?, ?> stats && stats.get("overall") instanceof Map<?, ?> overall) {
            Object drop = overall.get("drop_percentage") != null ? overall.get("drop_percentage")
                    : overall.get("drop_pct");
            add(out, kind + "_drop_percentage" + suffix, PERCENT, drop);
            add(out, kind + "_latency_min" + suffix, MICROSECONDS, overall.get("min_delay_usec"));
            add(out, kind + "_latency_avg" + suffix, MICROSECONDS, overall.get("avg_delay_usec"));
            add(out, kind + "_latency_max" + suffix, MICROSECONDS, overall.get("max_delay_usec"));
        }
    }

    private static void fixedRate(List<Measurement> out, String suffix, Map<?, ?> stats) {
        double tx = 0;
        double rx = 0;
        double rxBits = 0;
        int ports = 0;
        for (Map.Entry<?, ?> e : stats.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!key.chars().allMatch(Character::isDigit) || !(e.getValue() instanceof Map<?, ?> port)) {
                continue;
            }
            ports++;
            tx += value(port, "tx", "pkt_rate");
            rx += value(port, "rx", "pkt_rate");
            rxBits += value(port, "rx", "pkt_bit_rate");
        }
        Object totalTx = stats.get("total_tx_rate");
        if (totalTx != null) {
            add(out, "tx_rate_pps" + suffix, PPS, totalTx);
        } else if (ports > 0) {
            add(out, "tx_rate_pps" + suffix, PPS, tx);
        }
        if (ports > 0) {
            add(out, "rx_rate_pps" + suffix, PPS, rx);
            add(out, "rx_rate_bps" + suffix, BPS, rxBits);
        }
        if (stats.get("overall") instanceof Map<?, ?> overall) {
            add(out, "drop_percentage" + suffix, PERCENT, overall.get("drop_rate_percent"));
            if (overall.get("rx") instanceof Map<?, ?> orx) {
                add(out, "latency_min" + suffix, MICROSECONDS, orx.get("min_delay_usec"));
                add(out, "latency_avg" + suffix, MICROSECONDS, orx.get("avg_delay_usec"));
                add(out, "latency_max" + suffix, MICROSECONDS, orx.get("max_delay_usec"));
            }
        }
    }

    private static double value(Map<?, ?> port, String direction, String name) {
        if (port.get(direction) instanceof Map<?, ?> d && number(d.get(name)) instanceof Double v) {
            return v;
        }
        return 0;
    }

    private static void add(List<Measurement> out, String name, String unit, Object raw) {
        Object n = raw instanceof Double d ? d : number(raw);
        if (n instanceof Double d && Double.isFinite(d)) {
            out.add(Measurement.scalar(name, unit, d));
        }
    }

    @CheckForNull
    private static Object number(Object raw) {
        if (raw instanceof Number num) {
            return num.doubleValue();
        }
        return null;
    }

    private static java.time.Instant time(@CheckForNull Object raw) {
        if (!(raw instanceof String text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object at(Map<?, ?> root, String source, String... path) {
        Object cur = root;
        StringBuilder where = new StringBuilder();
        for (String p : path) {
            where.append(where.length() == 0 ? "" : ".").append(p);
            if (!(cur instanceof Map<?, ?> m) || m.get(p) == null) {
                throw new IllegalArgumentException(source + ": " + where + " is missing: not an NFVbench result");
            }
            cur = m.get(p);
        }
        return cur;
    }

    private static Map<?, ?> map(Object value, String source, String where) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(source + ": " + where + " must be an object"
                + (value == null ? " and is missing" : "") + ": not an NFVbench result");
    }
}
