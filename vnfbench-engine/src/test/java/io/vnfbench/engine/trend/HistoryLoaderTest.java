package io.vnfbench.engine.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnfbench.engine.model.Timestamps;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.verify.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldOrderTheSameDirectoryTheSameWayForTrendsAndForTheGate() throws Exception {
        // given: file names in the opposite order of the runs' times; one run without times
        write("a.json", "2026-03-01T00:00:00Z");
        write("b.json", "2026-02-01T00:00:00Z");
        write("c.json", "2026-01-01T00:00:00Z");
        write("d.json", null);
        List<Path> files = HistoryLoader.filesIn(dir);

        // when
        HistoryLoader.Loaded trend = HistoryLoader.load(files);
        List<Baseline.Run> gate = HistoryLoader.baselineRuns(files);

        // then
        assertThat(trend.history().runs()).extracting(RunSummary::runId).containsExactly("c", "b", "a", "d");
        assertThat(gate).extracting(Baseline.Run::id).containsExactly("c", "b", "a", "d");
        assertThat(trend.newestFile()).contains(dir.resolve("d.json"));
    }

    @Test
    void shouldRefuseARunSummaryAsAGateBaselineNamingTheFile() throws Exception {
        // given
        Path summary = dir.resolve("s.json");
        Files.writeString(summary, RunSummaryJson.write(new RunSummaryBuilder("s").build()));

        // when / then
        assertThatThrownBy(() -> HistoryLoader.baselineRuns(List.of(summary)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("s.json")
                .hasMessageContaining("needs the runs' VNF-BRs");
        assertThat(HistoryLoader.load(List.of(summary)).history().runs()).hasSize(1);
    }

    @Test
    void shouldSayWhenTheDirectoryIsMissing() {
        assertThatThrownBy(() -> HistoryLoader.filesIn(dir.resolve("nope")))
                .hasMessageContaining("nope").hasMessageContaining("does not exist");
    }

    private void write(String name, String stop) throws Exception {
        VnfBr br = new VnfBr(name, "bench", "1", null, null, null, null, null, List.of(),
                stop == null ? null : new Timestamps("2025-12-31T00:00:00Z", stop), null, null);
        Documents.writeAtomically(dir.resolve(name), br);
    }
}
