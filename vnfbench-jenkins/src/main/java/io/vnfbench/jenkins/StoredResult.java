package io.vnfbench.jenkins;

import io.vnfbench.engine.session.Archive;
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

    public static final String VNFBR_FILE = Archive.VNFBR_FILE;
    public static final String SUMMARY_FILE = Archive.SUMMARY_FILE;

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
