package io.vnfbench.engine.session;

import java.nio.file.Path;
import java.util.List;

/**
 * A written HTML report.
 *
 * @param index  its {@code index.html}
 * @param runs   runs in the history it was drawn from
 * @param charts chart images written beside it
 * @param notes  what the reader should know (a metric asked for that the newest run lacks, an empty history)
 */
public record ReportResult(Path index, int runs, int charts, List<String> notes) {
    public ReportResult {
        notes = List.copyOf(notes);
    }
}
