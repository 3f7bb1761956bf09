package io.vnfbench.engine.session;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import io.vnfbench.engine.trend.HistoryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A history directory (the command line's {@code --history DIR}) as a {@link RunHistory}: one VNF-BR per run, in the
 * one run order of histories ({@link HistoryLoader}); a run's id is its file name without the extension. It is never
 * the run of a change, so {@code targetBranch} chooses as {@code last}; {@code file:PATH} is a path as given.
 */
final class DirectoryHistory implements RunHistory {
    private final Path dir;

    DirectoryHistory(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "the history " + dir;
    }

    @Override
    public List<StoredRun> runs() throws IOException, InvalidInputException {
        List<StoredRun> runs = new ArrayList<>();
        try {
            for (Path f : HistoryLoader.baselineFiles(HistoryLoader.filesIn(dir))) {
                runs.add(new StoredRun(HistoryLoader.runId(f), f));
            }
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
        Collections.reverse(runs);
        return runs;
    }

    /** The run whose file name (without the extension) is {@code id}, else the one whose VNF-BR id is. */
    @Override
    public Optional<StoredRun> run(String id) throws IOException, InvalidInputException {
        List<StoredRun> runs = runs();
        for (StoredRun r : runs) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        try {
            for (StoredRun r : runs) {
                VnfBr br = Documents.read(r.vnfbr(), VnfBr.class).value();
                if (id.equals(br.id())) {
                    return Optional.of(r);
                }
            }
        } catch (DocumentException e) {
            throw GateUseCase.invalid(e);
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> changeTarget() {
        return Optional.empty();
    }

    @Override
    public Optional<RunHistory> branch(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> file(String path) {
        Path file = Path.of(path);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
