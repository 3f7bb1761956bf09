package io.vnfbench.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import io.vnfbench.engine.session.Archive;
import io.vnfbench.engine.session.InvalidInputException;
import io.vnfbench.engine.session.VerdictLine;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The build page's "Performance gate" for one vnfBenchmark call: the verdict and counts (kept in build.xml), the verdict
 * table (loaded lazily from the build directory), links to the stored VNF-BR JSON and HTML report, and the charts.
 * Files are served only from this call's own directory, by fixed names or names the engine wrote.
 */
public class BenchmarkAction implements RunAction2 {

    static final String DIRECTORY = "vnfbench";
    private static final Pattern CHART_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.png");
    private static final Pattern REPORT_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(png|html)");
    /** The report is user-influenced HTML: serve it sandboxed, like Jenkins serves workspace files. */
    static final String REPORT_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline';";

    private final int index;
    private final BenchmarkSummary summary;
    private final String report;
    private final ArrayList<String> charts;

    private transient @CheckForNull Run<?, ?> run;
    private transient @CheckForNull SoftReference<List<VerdictLine>> rows;

    public BenchmarkAction(int index, BenchmarkSummary summary, String report, List<String> charts) {
        this.index = index;
        this.summary = summary;
        this.report = report == null ? "" : report;
        this.charts = new ArrayList<>(charts);
    }

    /** This call's directory inside a build's directory: {@code <build>/vnfbench/<index>}. */
    static Path directory(Run<?, ?> build, int index) {
        return build.getRootDir().toPath().resolve(DIRECTORY).resolve(Integer.toString(index));
    }

    /**
     * Reserves this call's index in a build (vnfBenchmark may run several times in one, e.g. in {@code parallel}
     * branches): the first free directory from the number of actions on, taken under the build's lock as junit does
     * for its result action; the engine creates the directory, which fails when another call holds it.
     */
    static int allocate(Run<?, ?> build) throws IOException {
        synchronized (build) {
            return Archive.reserve(build.getRootDir().toPath().resolve(DIRECTORY),
                    build.getActions(BenchmarkAction.class).size() + 1);
        }
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public @CheckForNull Run<?, ?> getRun() {
        return run;
    }

    public int getIndex() {
        return index;
    }

    public BenchmarkSummary getSummary() {
        return summary;
    }

    public List<String> getCharts() {
        return Collections.unmodifiableList(charts);
    }

    public boolean isReportAvailable() {
        return !report.isEmpty() && Files.isRegularFile(directory().resolve(report));
    }

    @Override
    public String getIconFileName() {
        return "/plugin/vnfbench/icons/vnfbench.svg";
    }

    @Override
    public String getDisplayName() {
        return index == 1 ? "Performance gate" : "Performance gate (" + summary.getVnfbr() + ")";
    }

    @Override
    public String getUrlName() {
        return index == 1 ? DIRECTORY : DIRECTORY + "-" + index;
    }

    /**
     * The verdict table, read from the build directory on first use and kept while memory allows; every value is
     * formatted by the engine, so the view only prints (escaped) text.
     */
    public List<VerdictLine> getRows() throws IOException {
        List<VerdictLine> cached = rows == null ? null : rows.get();
        if (cached == null) {
            try {
                cached = Archive.rows(directory());
            } catch (InvalidInputException e) {
                throw new AbortException(e.getMessage());
            }
            rows = new SoftReference<>(cached);
        }
        return cached;
    }

    /** {@code .../vnfbench/vnfbr}: the full output VNF-BR as JSON. */
    public void doVnfbr(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        serve(rsp, directory().resolve(Archive.VNFBR_FILE), "application/json;charset=UTF-8", false);
    }

    /** {@code .../vnfbench/report/} and {@code .../vnfbench/report/<image>.png}: the HTML report and the images beside it. */
    public void doReport(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String rest = req.getRestOfPath();
        String name = rest == null ? "" : rest.startsWith("/") ? rest.substring(1) : rest;
        if (report.isEmpty() || !(name.isEmpty() || REPORT_FILE.matcher(name).matches())) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path reportDir = directory().resolve(report).getParent();
        if (name.isEmpty() || name.endsWith(".html")) {
            serve(rsp, name.isEmpty() ? directory().resolve(report) : reportDir.resolve(name), "text/html;charset=UTF-8", true);
        } else {
            serve(rsp, reportDir.resolve(name), "image/png", false);
        }
    }

    /** {@code .../vnfbench/chart?name=profile-throughput.png}: one of the charts the engine wrote for this call. */
    public void doChart(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String name = req.getParameter("name");
        if (name == null || !CHART_NAME.matcher(name).matches() || !charts.contains(name)) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        serve(rsp, directory().resolve(Archive.CHARTS_DIR).resolve(name), "image/png", false);
    }

    /** This call's directory: what the engine kept of its run. */
    Path directory() {
        return directory(build(), index);
    }

    /** The build of this call (known once the action is attached to it or loaded with it). */
    Run<?, ?> build() {
        Run<?, ?> r = run;
        if (r == null) {
            throw new IllegalStateException("vnfBenchmark call " + index + " is not attached to a build");
        }
        return r;
    }

    private void serve(StaplerResponse2 rsp, Path file, String contentType, boolean sandbox) throws IOException {
        if (!build().getParent().hasPermission(Item.READ)) {
            rsp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!Files.isRegularFile(file)) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setContentType(contentType);
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        if (sandbox) {
            rsp.setHeader("Content-Security-Policy", REPORT_CSP);
        }
        try (OutputStream out = rsp.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
