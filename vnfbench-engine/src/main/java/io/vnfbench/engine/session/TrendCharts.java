package io.vnfbench.engine.session;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Trend charts of kept runs ({@link Archive}) for a server's pages: each drawn once per exact list of runs, metric and
 * size, and kept in memory, least recently used first out, bounded by count and by bytes. The key names the runs'
 * summary files, so a run that is added or removed changes it and nothing stale is served (a kept run's files do not
 * change). Safe for concurrent requests.
 */
public final class TrendCharts {
    /** Sizes outside these bounds are clamped to them (the smallest a chart is drawn at, and a bound on memory). */
    public static final int MIN_WIDTH = 100;
    public static final int MIN_HEIGHT = 80;
    public static final int MAX_SIDE = 2000;

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public TrendCharts(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The metrics with a trend over these runs' summaries ({@link Archive#trendMetrics}). */
    public List<String> metrics(List<Path> summaries) throws InvalidInputException {
        return Archive.trendMetrics(summaries);
    }

    /**
     * The trend of one metric over the runs' summaries (oldest first) as a PNG ({@link Archive#trendPng}), from the
     * cache when it was drawn before.
     *
     * @throws IllegalArgumentException when no run has the metric
     */
    public byte[] png(List<Path> summaries, String metric, int width, int height) throws InvalidInputException {
        int w = Math.max(MIN_WIDTH, Math.min(width, MAX_SIDE));
        int h = Math.max(MIN_HEIGHT, Math.min(height, MAX_SIDE));
        String key = metric + '\n' + w + 'x' + h + '\n' + digest(summaries);
        byte[] png = get(key);
        if (png == null) {
            png = Archive.trendPng(summaries, metric, w, h);
            put(key, png);
        }
        return png;
    }

    /** Charts held. */
    public synchronized int size() {
        return entries.size();
    }

    /** Bytes held. */
    public synchronized long bytes() {
        return bytes;
    }

    @CheckForNull
    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    /** Keeps a chart unless it alone is over the byte bound, then drops the least recently used over either bound. */
    synchronized void put(String key, byte[] png) {
        if (png.length > maxBytes) {
            return;
        }
        byte[] old = entries.put(key, png);
        bytes += png.length - (old == null ? 0 : old.length);
        Iterator<byte[]> eldest = entries.values().iterator();
        while (entries.size() > maxEntries || bytes > maxBytes) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }

    private static String digest(List<Path> summaries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : summaries) {
                sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return summaries.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
