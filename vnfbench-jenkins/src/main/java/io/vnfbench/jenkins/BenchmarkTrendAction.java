package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The job page's performance trends: one chart per benchmark × gated metric over the last N builds, drawn by the
 * engine's renderer and cached until a newer build arrives. Builds whose gate failed are part of the trend (their points
 * are what the chart is for), so the charts stay when the newest build failed the gate. Every endpoint checks Item.READ.
 */
public class BenchmarkTrendAction implements Action {

    static final String URL_NAME = "vnfbench-trend";
    static final int DEFAULT_WIDTH = 500;
    static final int DEFAULT_HEIGHT = 250;
    private static final int MAX_SIDE = 2000;
    private static final int CACHE_ENTRIES = 64;
    private static final long CACHE_BYTES = 16L << 20;

    /**
     * PNGs by (job, benchmark, metric, size, the completed builds drawn): a build that completes or is deleted changes the
     * key, so nothing stale is served, and a running build is never part of a key. Bounded in entries and bytes.
     */
    private static final ChartCache CACHE = new ChartCache(CACHE_ENTRIES, CACHE_BYTES);

    private final Job<?, ?> job;
    private final int historyLength;

    public BenchmarkTrendAction(Job<?, ?> job, int historyLength) {
        this.job = job;
        this.historyLength = historyLength;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/vnfbench/icons/vnfbench.svg";
    }

    @Override
    public String getDisplayName() {
        return "Performance trend";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    public int getHistoryLength() {
        return historyLength;
    }

    /** The benchmarks (vnfbr options) that recent builds ran, newest first. */
    public List<String> getBenchmarks() {
        Set<String> keys = new LinkedHashSet<>();
        int looked = 0;
        for (var b = job.getLastBuild(); b != null && looked < historyLength; b = b.getPreviousBuild()) {
            looked++;
            for (BenchmarkAction a : b.getActions(BenchmarkAction.class)) {
                keys.add(a.getSummary().getVnfbr());
            }
        }
        return new ArrayList<>(keys);
    }

    /** One chart per benchmark × metric, with the (relative, encoded) URL of its PNG. */
    public List<Chart> getCharts() throws IOException {
        List<Chart> charts = new ArrayList<>();
        for (String vnfbr : getBenchmarks()) {
            List<Path> summaries = summaries(vnfbr);
            if (summaries.size() < 1) {
                continue;
            }
            for (String metric : Engines.current().trendMetrics(summaries)) {
                charts.add(new Chart(vnfbr, metric, "trend?vnfbr=" + enc(vnfbr) + "&metric=" + enc(metric)));
            }
        }
        return charts;
    }

    /** {@code job/.../vnfbench-trend/trend?vnfbr=...&metric=...[&width=&height=]}: the PNG. */
    public void doTrend(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        if (!job.hasPermission(Item.READ)) {
            rsp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String vnfbr = req.getParameter("vnfbr");
        String metric = req.getParameter("metric");
        if (vnfbr == null || metric == null) {
            rsp.sendError(HttpServletResponse.SC_BAD_REQUEST, "vnfbr and metric are required");
            return;
        }
        int width = side(req.getParameter("width"), DEFAULT_WIDTH);
        int height = side(req.getParameter("height"), DEFAULT_HEIGHT);
        List<Path> summaries = summaries(vnfbr);
        if (summaries.isEmpty()) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = job.getFullName() + '\n' + vnfbr + '\n' + metric + '\n' + width + 'x' + height + '\n' + digest(summaries);
        byte[] png = CACHE.get(key);
        if (png == null) {
            try {
                png = Engines.current().trendPng(summaries, metric, width, height);
            } catch (AbortException unknownMetric) {
                rsp.sendError(HttpServletResponse.SC_NOT_FOUND, unknownMetric.getMessage());
                return;
            }
            CACHE.put(key, png);
        }
        rsp.setContentType("image/png");
        rsp.setHeader("Cache-Control", "private, max-age=60");
        try (OutputStream out = rsp.getOutputStream()) {
            out.write(png);
        }
    }

    /**
     * The stored run summaries of one benchmark over the last N builds, oldest first (what the engine's history expects).
     * Only completed builds are read: a running build has no summary yet.
     */
    List<Path> summaries(String vnfbr) {
        List<StoredResult> results = BuildResults.ofJob(job, vnfbr, historyLength, new ArrayList<>());
        List<Path> paths = new ArrayList<>();
        for (StoredResult r : results) {
            paths.add(r.runSummary());
        }
        Collections.reverse(paths);
        return paths;
    }

    static void clearCache() {
        CACHE.clear();
    }

    static int cachedCharts() {
        return CACHE.size();
    }

    /** A least-recently-used map of PNGs, bounded by entry count and by total bytes. */
    static final class ChartCache {
        private final int maxEntries;
        private final long maxBytes;
        private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
        private long bytes;

        ChartCache(int maxEntries, long maxBytes) {
            this.maxEntries = maxEntries;
            this.maxBytes = maxBytes;
        }

        @CheckForNull
        synchronized byte[] get(String key) {
            return entries.get(key);
        }

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

        synchronized int size() {
            return entries.size();
        }

        synchronized long bytes() {
            return bytes;
        }

        synchronized void clear() {
            entries.clear();
            bytes = 0;
        }
    }

    private static int side(String s, int dflt) {
        try {
            int v = s == null ? dflt : Integer.parseInt(s);
            return v < 50 ? dflt : Math.min(v, MAX_SIDE);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** Names the exact set of stored results a chart is drawn from (their paths carry build number and call index). */
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One trend chart: which benchmark, which metric, and where its PNG is (relative to this action). */
    public static final class Chart {
        private final String vnfbr;
        private final String metric;
        private final String url;

        Chart(String vnfbr, String metric, String url) {
            this.vnfbr = vnfbr;
            this.metric = metric;
            this.url = url;
        }

        public String getVnfbr() {
            return vnfbr;
        }

        public String getMetric() {
            return metric;
        }

        public String getUrl() {
            return url;
        }
    }
}
