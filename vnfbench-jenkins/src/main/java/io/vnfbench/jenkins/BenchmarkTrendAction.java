package io.vnfbench.jenkins;

import hudson.AbortException;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.RunHistory;
import io.vnfbench.engine.session.TrendCharts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The job page's performance trends: one chart per benchmark × gated metric over the last N completed builds, drawn
 * and cached by the engine ({@link TrendCharts}: a build that completes or is deleted changes what is drawn). Builds
 * whose gate failed are part of the trend (their points are what the chart is for), so the charts stay when the newest
 * build failed the gate. Every endpoint checks Item.READ.
 */
public class BenchmarkTrendAction implements Action {

    static final String URL_NAME = "vnfbench-trend";
    static final int DEFAULT_WIDTH = 500;
    static final int DEFAULT_HEIGHT = 250;

    private final Job<?, ?> job;
    private final int historyLength;
    private final TrendCharts charts;

    public BenchmarkTrendAction(Job<?, ?> job, int historyLength, TrendCharts charts) {
        this.job = job;
        this.historyLength = historyLength;
        this.charts = charts;
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

    /** The benchmarks (vnfbr options) that recent finished builds ran, newest first. */
    public List<String> getBenchmarks() {
        return BuildHistory.calls(job.getLastBuild(), historyLength).stream().map(a -> a.getSummary().getVnfbr())
                .distinct().toList();
    }

    /** One chart per benchmark × metric, with the (relative, encoded) URL of its PNG. */
    public List<Chart> getCharts() throws IOException {
        List<Chart> list = new ArrayList<>();
        for (String vnfbr : getBenchmarks()) {
            List<Path> summaries = summaries(vnfbr);
            try {
                for (String metric : summaries.isEmpty() ? List.<String>of() : charts.metrics(summaries)) {
                    list.add(new Chart(vnfbr, metric, "trend?vnfbr=" + enc(vnfbr) + "&metric=" + enc(metric)));
                }
            } catch (InvalidInputException e) {
                throw new AbortException(e.getMessage());
            }
        }
        return list;
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
        byte[] png;
        try {
            png = charts.png(summaries, metric, width, height);
        } catch (IllegalArgumentException unknownMetric) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND, unknownMetric.getMessage());
            return;
        } catch (InvalidInputException e) {
            throw new AbortException(e.getMessage());
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
        List<Path> paths = new ArrayList<>();
        for (RunHistory.StoredRun r : BuildHistory.finished(job.getLastBuild(), vnfbr, historyLength)) {
            Path summary = r.vnfbr().resolveSibling(Archive.SUMMARY_FILE);
            if (Files.isRegularFile(summary)) {
                paths.add(summary);
            }
        }
        Collections.reverse(paths);
        return paths;
    }

    /** A side from the request, or the default when it is missing or not a number (the engine clamps it). */
    private static int side(String s, int dflt) {
        try {
            return s == null ? dflt : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One trend chart: which benchmark, which metric, and where its PNG is (relative to this action). */
    public record Chart(String vnfbr, String metric, String url) {
    }
}
