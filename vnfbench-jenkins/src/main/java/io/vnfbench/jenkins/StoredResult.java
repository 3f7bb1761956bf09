package io.vnfbench.jenkins;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One earlier build's result of a benchmark, as stored in its build directory.
 *
 * @param number   the build number
 * @param summary  the compact summary from build.xml
 * @param dir      the directory holding vnf-br.json, summary.json, the report and charts
 */
public record StoredResult(int number, BenchmarkSummary summary, Path dir) {

    public static final String VNFBR_FILE = "vnf-br.json";
    public static final String SUMMARY_FILE = "summary.json";

    public Path vnfbr() {
        return dir.resolve(VNFBR_FILE);
    }

    public Path runSummary() {
        return dir.resolve(SUMMARY_FILE);
    }

    /** Whether the files a baseline or a trend needs are still there (builds can be pruned or copied partially). */
    public boolean isComplete() {
        return Files.isRegularFile(vnfbr()) && Files.isRegularFile(runSummary());
    }
}
