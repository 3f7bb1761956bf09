package io.vnfbench.jenkins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the glue asks of the engine on the controller, in the glue's own terms. {@link EngineAdapter} implements it over
 * the engine packages; unit tests substitute a double. (The agent side is {@link RunBenchmarkCallable}, which calls the
 * engine directly and exchanges only JSON strings with the controller.)
 */
public interface Engine {

    /**
     * Gates (verification) or summarises (benchmarking) the VNF-BR a run wrote, and writes everything the pages need
     * into {@code dir}: the verdict table, the HTML report, the charts and the run summary that trends are drawn from.
     *
     * @param vnfbr      the run's output VNF-BR (JSON), already copied into the build directory
     * @param evaluation mode, gate overrides and the baseline documents chosen from earlier builds
     * @param dir        the build's directory for this call (exists, empty)
     */
    GateReport evaluate(Path vnfbr, Evaluation evaluation, Path dir) throws IOException;

    /** The verdict table {@link #evaluate} wrote into {@code dir}. */
    List<VerdictRow> readRows(Path dir) throws IOException;

    /** Gated metrics (or, when nothing is gated, all metrics) found in the run summaries, as trend chart ids. */
    List<String> trendMetrics(List<Path> summaries) throws IOException;

    /** A trend chart of one metric over the runs (oldest first) as a PNG. */
    byte[] trendPng(List<Path> summaries, String metric, int width, int height) throws IOException;

    /**
     * @param settings        the validated step options
     * @param baselines       baseline VNF-BR documents by run id (e.g. {@code #41}), newest first; empty when none qualified
     * @param baselineNote    how the baseline was chosen, or why there is none (shown on the page and in the log)
     * @param runId           the build's externalizable id, recorded as the run's id in its summary
     * @param runNumber       the build number
     */
    record Evaluation(StepSettings settings, Map<String, Path> baselines, String baselineNote, String runId, long runNumber) {
        public Evaluation {
            baselines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baselines));
        }
    }
}
