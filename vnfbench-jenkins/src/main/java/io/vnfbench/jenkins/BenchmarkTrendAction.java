package io.vnfbench.jenkins;

import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** PNGs by (job, newest build, benchmark, metric, size): a new build changes the key, so nothing stale is served. */
    private static final Map<String, byte[]> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    });

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
        var newest = job.getLastBuild();
        String key = job.getFullName() + '\n' + (newest == null ? 0 : newest.getNumber()) + '\n' + historyLength + '\n'
                + vnfbr + '\n' + metric + '\n' + width + 'x' + height;
        byte[] png = CACHE.get(key);
        if (png == null) {
            png = Engines.current().trendPng(summaries, metric, width, height);
            CACHE.put(key, png);
        }
        rsp.setContentType("image/png");
        rsp.setHeader("Cache-Control", "private, max-age=60");
        try (OutputStream out = rsp.getOutputStream()) {
            out.write(png);
        }
    }

    /** The stored run summaries of one benchmark over the last N builds, oldest first (what the engine's history expects). */
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

    private static int side(String s, int dflt) {
        try {
            int v = s == null ? dflt : Integer.parseInt(s);
            return v < 50 ? dflt : Math.min(v, MAX_SIDE);
        } catch (NumberFormatException e) {
            return dflt;
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
