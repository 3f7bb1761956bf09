package io.vnfbench.engine.verify;

import io.vnfbench.engine.model.VnfBr;
import io.vnfbench.engine.model.codec.DocumentException;
import io.vnfbench.engine.model.codec.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of earlier VNF-BRs ({@code *.json}, {@code *.yaml}, {@code *.yml}), one per run. Runs are ordered by
 * their start timestamp, then by file name; a run's id is its file name without the extension.
 */
public final class HistoryDirectory {
    private HistoryDirectory() {
    }

    /** Reads every run of the directory, oldest first. An invalid document is an error, never skipped silently. */
    public static List<Baseline.Run> read(Path dir) throws DocumentException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("history directory " + dir + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.(json|ya?ml)")).sorted().toList();
        }
        List<Baseline.Run> runs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            runs.add(new Baseline.Run(name.substring(0, name.lastIndexOf('.')), Documents.read(f, VnfBr.class).value()));
        }
        runs.sort(Comparator.comparing((Baseline.Run r) -> start(r.report())).thenComparing(Baseline.Run::id));
        return runs;
    }

    private static String start(VnfBr br) {
        return br.timestamp() == null || br.timestamp().start() == null ? "" : br.timestamp().start();
    }

    /** A provider applying a policy to the directory's runs. */
    public static BaselineProvider provider(List<Baseline.Run> runs, BaselinePolicy policy) {
        return () -> policy.select(runs);
    }
}
