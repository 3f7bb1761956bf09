package io.vnfbench.jenkins;

import hudson.AbortException;
import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.verify.Baseline;
import io.vnfbench.engine.verify.BaselinePolicy;
import io.vnfbench.engine.verify.BaselineProvider;
import io.vnfbench.engine.verify.NoBaselineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The engine's {@link BaselineProvider} over earlier builds: the runs {@link BaselineSelection} chose (or the workspace
 * file), read from the build directories. One run is a single baseline; several ({@code median:N}) are pooled by the
 * engine's {@link BaselinePolicy.MedianOf}. No run: {@link NoBaselineException} with the selection's note.
 */
final class BuildBaselineProvider implements BaselineProvider {

    private final List<Baseline.Run> runs;
    private final BaselineSpec spec;
    private final String note;

    private BuildBaselineProvider(List<Baseline.Run> runs, BaselineSpec spec, String note) {
        this.runs = runs;
        this.spec = spec;
        this.note = note;
    }

    /** @param files baseline VNF-BRs by run id, newest first */
    static BuildBaselineProvider of(Map<String, Path> files, BaselineSpec spec, String note) throws IOException {
        List<Baseline.Run> runs = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            try {
                runs.add(new Baseline.Run(e.getKey(), Documents.read(e.getValue(), VnfBr.class).value()));
            } catch (DocumentException ex) {
                throw new AbortException("baseline " + e.getKey() + ": " + ex.getMessage());
            }
        }
        Collections.reverse(runs);
        return new BuildBaselineProvider(runs, spec, note);
    }

    @Override
    public Baseline baseline() throws NoBaselineException {
        if (runs.isEmpty()) {
            throw new NoBaselineException(note);
        }
        if (spec.kind() == BaselineSpec.Kind.MEDIAN && runs.size() > 1) {
            Baseline pooled = new BaselinePolicy.MedianOf(runs.size()).select(runs);
            return new Baseline(note, pooled.runs(), pooled.history());
        }
        return new Baseline(note, List.of(runs.get(runs.size() - 1)), false);
    }
}
