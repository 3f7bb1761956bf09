package io.vnfbench.engine.verify;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The units the gate can convert: packet rates, data rates, durations, sizes and ratios, each to one base unit per
 * quantity (pps, bit/s, s, B, fraction). Two samples in units of the same quantity are compared after conversion; two
 * units the gate does not know, or of different quantities, are never compared (a kpps figure read as pps is a
 * 99.9 % "regression").
 */
public final class Units {
    /** A known unit: its quantity, the base unit of that quantity and how many base units one of it is. */
    public record Unit(String quantity, String base, double factor) {
    }

    private static final Map<String, Unit> KNOWN = new HashMap<>();

    static {
        add("packet rate", "pps", 1, "pps", "packets/s", "pkt/s", "packets_per_second", "frames/s", "fps");
        add("packet rate", "pps", 1e3, "kpps", "Kpps", "kpackets/s");
        add("packet rate", "pps", 1e6, "Mpps", "mpps");
        add("packet rate", "pps", 1e9, "Gpps");
        add("data rate", "bit/s", 1, "bps", "bit/s", "bits/s", "b/s", "bits_per_second");
        add("data rate", "bit/s", 1e3, "kbps", "Kbps", "kbit/s", "Kbit/s", "kb/s", "kbits/s");
        add("data rate", "bit/s", 1e6, "Mbps", "Mbit/s", "Mb/s", "Mbits/s", "mbps");
        add("data rate", "bit/s", 1e9, "Gbps", "Gbit/s", "Gb/s", "Gbits/s", "gbps");
        add("data rate", "bit/s", 1e12, "Tbps", "Tbit/s");
        add("data rate", "bit/s", 8, "B/s", "Bps", "bytes/s", "bytes_per_second");
        add("data rate", "bit/s", 8e3, "kB/s", "KB/s");
        add("data rate", "bit/s", 8e6, "MB/s");
        add("data rate", "bit/s", 8e9, "GB/s");
        add("data rate", "bit/s", 8 * 1024.0, "KiB/s");
        add("data rate", "bit/s", 8 * 1024.0 * 1024, "MiB/s");
        add("data rate", "bit/s", 8 * 1024.0 * 1024 * 1024, "GiB/s");
        add("duration", "s", 1, "s", "sec", "secs", "second", "seconds");
        add("duration", "s", 1e-3, "ms", "msec", "millisecond", "milliseconds");
        add("duration", "s", 1e-6, "us", "µs", "μs", "usec", "microsecond", "microseconds");
        add("duration", "s", 1e-9, "ns", "nsec", "nanosecond", "nanoseconds");
        add("duration", "s", 60, "min", "minutes");
        add("size", "B", 1, "B", "byte", "bytes");
        add("size", "B", 1.0 / 8, "bit", "bits");
        add("size", "B", 1e3, "kB", "KB");
        add("size", "B", 1e6, "MB");
        add("size", "B", 1e9, "GB");
        add("size", "B", 1024, "KiB");
        add("size", "B", 1024.0 * 1024, "MiB");
        add("size", "B", 1024.0 * 1024 * 1024, "GiB");
        add("ratio", "fraction", 1, "fraction", "ratio");
        add("ratio", "fraction", 0.01, "%", "percent", "pct");
        add("ratio", "fraction", 1e-6, "ppm");
        add("count", "count", 1, "count", "packets", "pkts", "frames", "datagrams", "1");
    }

    private Units() {
    }

    private static void add(String quantity, String base, double factor, String... names) {
        for (String n : names) {
            KNOWN.put(n, new Unit(quantity, base, factor));
        }
    }

    /** The unit a name stands for, if the gate knows it (exact spelling, surrounding blanks ignored). */
    public static Optional<Unit> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(KNOWN.get(name.trim()));
    }

    /**
     * What samples in this unit are compared as: the base unit of a known unit, the unit itself otherwise (compared only
     * with the same spelling), {@code ""} for no unit.
     */
    public static String comparedAs(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return of(name).map(Unit::base).orElse(name.trim());
    }

    /** A value in unit {@code from} expressed in unit {@code to} (unchanged when either is unknown). */
    public static double convert(double value, String from, String to) {
        Optional<Unit> f = of(from);
        Optional<Unit> t = of(to);
        if (f.isEmpty() || t.isEmpty() || !f.get().quantity().equals(t.get().quantity())) {
            return value;
        }
        return value * f.get().factor() / t.get().factor();
    }

    /** How a unit reads in a message: quoted, or "no unit". */
    public static String describe(String name) {
        return name == null || name.isBlank() ? "no unit" : "'" + name.trim() + "'";
    }

    /** Whether samples in units {@code a} and {@code b} can be compared (after conversion). */
    public static boolean comparable(String a, String b) {
        return comparedAs(a).equals(comparedAs(b));
    }

    /**
     * Why the samples of a gated metric cannot be compared, if so: the candidate or a baseline run reports it in units
     * of different quantities, or the candidate's unit does not convert to a baseline run's. Names both units and where.
     */
    static Optional<String> check(Map<SampleExtractor.Key, SampleExtractor.Extracted> candidate,
                                  List<Map<SampleExtractor.Key, SampleExtractor.Extracted>> baseline, List<String> runIds) {
        for (Map.Entry<SampleExtractor.Key, SampleExtractor.Extracted> e : candidate.entrySet()) {
            Set<String> c = e.getValue().units();
            Optional<String> mixed = mixed(c, "the candidate", e.getKey());
            if (mixed.isPresent()) {
                return mixed;
            }
            for (int i = 0; i < baseline.size(); i++) {
                SampleExtractor.Extracted b = baseline.get(i).get(e.getKey());
                if (b == null || b.units().isEmpty() || c.isEmpty()) {
                    continue;
                }
                String where = "baseline run " + runIds.get(i);
                mixed = mixed(b.units(), where, e.getKey());
                if (mixed.isPresent()) {
                    return mixed;
                }
                String cu = c.iterator().next();
                String bu = b.units().iterator().next();
                if (!comparable(cu, bu)) {
                    return Optional.of(String.format("gate %s, Test %s: the candidate reports it in %s, %s in %s; "
                            + "these units do not convert into each other", e.getKey().gate(), e.getKey().testKey(),
                            describe(cu), where, describe(bu)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mixed(Set<String> units, String where, SampleExtractor.Key key) {
        Set<String> quantities = new LinkedHashSet<>();
        units.forEach(u -> quantities.add(comparedAs(u)));
        if (quantities.size() <= 1) {
            return Optional.empty();
        }
        return Optional.of(String.format("gate %s, Test %s: %s reports it in units that do not convert into each other: %s",
                key.gate(), key.testKey(), where, units.stream().map(Units::describe).collect(Collectors.joining(", "))));
    }
}
