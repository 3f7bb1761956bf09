package io.vnfbench.engine.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Pure parsers of the /proc files the listeners read, plus their readers. CPU times are in clock ticks; Linux
 * reports them at USER_HZ = 100 on every architecture we run on, which {@link #TICKS_PER_SECOND} assumes.
 */
final class ProcFs {
    static final double TICKS_PER_SECOND = 100.0;

    private ProcFs() {
    }

    /** Busy and total jiffies of the aggregate "cpu" line of /proc/stat. */
    record CpuTimes(long busy, long total) {
        double percentSince(CpuTimes earlier) {
            long total = this.total - earlier.total;
            return total <= 0 ? 0 : 100.0 * (busy - earlier.busy) / total;
        }
    }

    static CpuTimes parseStat(String stat) {
        for (String line : stat.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                long total = 0;
                // user nice system idle iowait irq softirq steal (guest and guest_nice are inside user and nice)
                for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
                return new CpuTimes(total - idle, total);
            }
        }
        throw new IllegalArgumentException("no aggregate cpu line in /proc/stat");
    }

    /** A value of /proc/meminfo in bytes (the file says kB). */
    static OptionalLong meminfo(String meminfo, String key) {
        for (String line : meminfo.split("\n")) {
            if (line.startsWith(key + ":")) {
                String[] f = line.substring(key.length() + 1).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(f[0]) * 1024);
            }
        }
        return OptionalLong.empty();
    }

    /** utime + stime ticks and the thread count from /proc/PID/stat (the command name may hold spaces and parens). */
    record ProcessTimes(long ticks, long threads) {
    }

    static ProcessTimes parseProcessStat(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line");
        }
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        // f[0] is field 3 (state): utime is field 14, stime 15, num_threads 20.
        return new ProcessTimes(Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[17]));
    }

    /** VmRSS of /proc/PID/status in bytes; empty for kernel threads or gone processes. */
    static OptionalLong parseRss(String status) {
        return meminfo(status, "VmRSS");
    }

    /**
     * The counters of every interface in a {@code /proc/net/dev} (two header lines, then {@code name: rx_bytes
     * rx_packets rx_errs rx_drop rx_fifo rx_frame rx_compressed rx_multicast tx_bytes tx_packets tx_errs tx_drop ...}):
     * the kernel's per-device statistics, the same as /sys/class/net/NAME/statistics of that namespace.
     */
    static java.util.Map<String, long[]> parseNetDev(String netDev) {
        java.util.Map<String, long[]> counters = new java.util.LinkedHashMap<>();
        for (String line : netDev.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.contains("|")) {
                continue;
            }
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            if (f.length < 16) {
                throw new IllegalArgumentException("not a /proc/net/dev line: " + line.strip());
            }
            long[] values = new long[16];
            for (int i = 0; i < 16; i++) {
                values[i] = Long.parseLong(f[i]);
            }
            counters.put(line.substring(0, colon).strip(), values);
        }
        return counters;
    }

    static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }
}
